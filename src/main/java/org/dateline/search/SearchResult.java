package org.dateline.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search: the exact number of matches, one page of hits, and facet counts over all
 * matches (not only the page).
 *
 * @param total exact number of matching articles
 * @param hits the requested page
 * @param facets counts per requested facet key, in request order
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {
  /** Copies collections so the record stays immutable. */
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
