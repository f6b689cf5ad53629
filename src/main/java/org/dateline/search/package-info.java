/**
 * The read side of the index: requests in, results out, no printing. {@link
 * org.dateline.search.ArticleSearcher} runs full-text queries (Lucene syntax with a plain-words
 * fallback) with date, actor, outlet and language filters, counts facets exactly over every match
 * (sideways for selected dimensions), and answers the analytics questions: timelines with
 * attention shares, actor co-occurrence with significance, keyword-in-context lines and similar
 * articles.
 */
package org.dateline.search;
