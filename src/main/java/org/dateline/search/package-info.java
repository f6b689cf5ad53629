/**
 * The read side of the index: requests in, results out, no printing. {@link
 * org.dateline.search.ArticleSearcher} runs full-text queries with date, actor and outlet filters
 * and counts facets exactly over every match.
 */
package org.dateline.search;
