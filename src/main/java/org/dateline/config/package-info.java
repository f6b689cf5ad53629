/**
 * Configuration that varies per installation or corpus and lives as data under {@code
 * index-config/}: where to find it, the corpus configs ({@code corpora/NAME.yaml}, validated on
 * load with errors naming file, line and key), the corpus root their paths are relative to, and
 * the exception raised when any of it is wrong. What does not vary (the index schema) stays in code.
 *
 * <p>How to add a corpus: (1) put its files under the corpus root in a folder named after it; (2)
 * write {@code index-config/corpora/NAME.yaml} with its path, format, field mapping, dates and
 * expected count; (3) run {@code dateline index --corpus NAME} and compare the count with {@code
 * dateline corpora}; (4) add it to the end-to-end test and the README's table of corpora.
 */
package org.dateline.config;
