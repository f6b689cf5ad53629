package org.dateline.export;

import org.dateline.search.ArticleFilter;

/**
 * One labelled query of a batch file.
 *
 * @param label the name of the query in the output table (and of its export file)
 * @param filter the query and its filters
 * @param line the line of the batch file where the entry starts, for error messages
 */
public record BatchQuery(String label, ArticleFilter filter, int line) {}
