/**
 * Whole result sets for scripts: {@link org.dateline.export.ArticleExporter} streams every match
 * of a filter in a stable order to JSONL, CSV or TSV writers with stable columns, in constant
 * memory, and manifests record what produced a file so that it can be verified later.
 */
package org.dateline.export;
