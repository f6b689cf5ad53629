package org.dateline.search;

import org.dateline.index.ArticleFields;

/**
 * One facet to count: a field dimension ({@code actor}, {@code outlet}, {@code lang}) with its
 * top-N, or a date histogram ({@code date:month}).
 *
 * @param key the name the result is reported under ({@code actor}, {@code date:month})
 * @param dim the facet dimension, or {@code date} for histograms
 * @param granularity the histogram bucket size, or null for a field dimension
 * @param top how many values to report for a field dimension
 */
public record FacetRequest(String key, String dim, DateGranularity granularity, int top) {
  /** Values reported per field dimension unless {@code :N} says otherwise. */
  public static final int DEFAULT_TOP = 10;

  /** Parses {@code actor}, {@code actor:5}, {@code outlet}, {@code lang} or {@code date:day|week|month|quarter|year}. */
  public static FacetRequest parse(String spec) {
    String[] parts = spec.trim().split(":", -1);
    String dim = parts[0];
    if (dim.equals(ArticleFields.DATE)) {
      if (parts.length != 2) {
        throw new IllegalArgumentException("date facet must be date:day, date:week, date:month, date:quarter or date:year, not '" + spec + "'");
      }
      DateGranularity g = DateGranularity.parse(parts[1]);
      return new FacetRequest("date:" + parts[1].toLowerCase(java.util.Locale.ROOT), dim, g, 0);
    }
    if (!ArticleFields.FACET_DIMS.contains(dim)) {
      throw new IllegalArgumentException("unknown facet '" + dim + "' (known: " + String.join(", ", ArticleFields.FACET_DIMS) + ", date:day|week|month|quarter|year)");
    }
    int top = DEFAULT_TOP;
    if (parts.length == 2) {
      try {
        top = Integer.parseInt(parts[1]);
      } catch (NumberFormatException e) {
        top = -1;
      }
      if (top < 1) {
        throw new IllegalArgumentException("facet '" + spec + "': top-N must be a positive number");
      }
    } else if (parts.length > 2) {
      throw new IllegalArgumentException("facet '" + spec + "': expected NAME or NAME:N");
    }
    return new FacetRequest(dim, dim, null, top);
  }
}
