/**
 * Pure extraction functions applied to an article before it is indexed: actor matching against
 * the curated registry, date parsing, title and language guesses. Nothing here knows about the
 * index or prints anything.
 */
package org.dateline.extract;
