package org.dateline.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What to search for.
 *
 * @param query Lucene classic syntax over title and body; null or blank for all articles
 * @param from first publication day to include, or null
 * @param to last publication day to include, or null
 * @param actors actor ids or aliases that must all be named
 * @param outlets outlets of which any may match
 * @param sort hit order
 * @param offset hits to skip
 * @param limit hits to return
 * @param facets facets to count over all matches
 */
public record SearchRequest(
    String query,
    LocalDate from,
    LocalDate to,
    List<String> actors,
    List<String> outlets,
    SortOrder sort,
    int offset,
    int limit,
    List<FacetRequest> facets) {

  /** Copies lists so the record stays immutable. */
  public SearchRequest {
    actors = List.copyOf(actors);
    outlets = List.copyOf(outlets);
    facets = List.copyOf(facets);
  }

  /** A request for the first {@code limit} hits of {@code query}, by relevance, no filters or facets. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, null, null, List.of(), List.of(), SortOrder.RELEVANCE, 0, limit, List.of());
  }
}
