/**
 * Configuration that varies per installation or corpus and lives as data under {@code
 * index-config/}: where to find it and the exception raised when it is wrong. What does not vary
 * (the index schema) stays in code.
 */
package org.dateline.config;
