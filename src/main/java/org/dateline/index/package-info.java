/**
 * The write side of the index: the one field schema ({@link org.dateline.index.ArticleFields}),
 * the analyzers shared with search, and the indexer that adds, updates and skips articles by id.
 */
package org.dateline.index;
