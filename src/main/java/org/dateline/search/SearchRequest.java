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
 */
public record SearchRequest(ArticleFilter filter, SortOrder sort, int offset, int limit, List<FacetRequest> facets) {

  /** Copies the facet list so the record stays immutable. */
  public SearchRequest {
    facets = List.copyOf(facets);
  }

  /** A request for the first {@code limit} hits of {@code query}, by relevance, no filters or facets. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(ArticleFilter.query(query), SortOrder.RELEVANCE, 0, limit, List.of());
  }
}
