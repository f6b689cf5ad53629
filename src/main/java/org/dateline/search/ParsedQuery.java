package org.dateline.search;

import org.apache.lucene.search.Query;

/**
 * Query text turned into a Lucene query, and whether it was read as plain words because it did not
 * parse as syntax.
 *
 * @param query the scoring text query
 * @param notice a one-line explanation when the text ran as plain words instead of syntax, else null
 */
public record ParsedQuery(Query query, String notice) {}
