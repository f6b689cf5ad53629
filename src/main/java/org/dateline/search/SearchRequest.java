package org.dateline.search;

import java.util.List;

/**
 * What to search for and what to return.
 *
 * @param filter which articles match
 * @param sort hit order
 * @param offset hits to skip
 * @param limit hits to return
 * @param facets facets to count over all matches
 * @param kwic characters of context for keyword-in-context lines of each hit, or 0 for none
 * @param unique count each group of exact duplicates once (keep the match with the smallest id)
 */
public record SearchRequest(ArticleFilter filter, SortOrder sort, int offset, int limit, List<FacetRequest> facets, int kwic,
    boolean unique) {

  /** Copies the facet list so the record stays immutable. */
  public SearchRequest {
    facets = List.copyOf(facets);
    if (kwic < 0) {
      throw new IllegalArgumentException("--kwic must not be negative");
    }
  }

  /** A request without keyword-in-context lines. */
  public SearchRequest(ArticleFilter filter, SortOrder sort, int offset, int limit, List<FacetRequest> facets) {
    this(filter, sort, offset, limit, facets, 0, false);
  }

  /** A request that counts duplicates as they are. */
  public SearchRequest(ArticleFilter filter, SortOrder sort, int offset, int limit, List<FacetRequest> facets, int kwic) {
    this(filter, sort, offset, limit, facets, kwic, false);
  }

  /** A request for the first {@code limit} hits of {@code query}, by relevance, no filters or facets. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(ArticleFilter.query(query), SortOrder.RELEVANCE, 0, limit, List.of());
  }
}
