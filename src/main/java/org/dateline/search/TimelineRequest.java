package org.dateline.search;

import java.util.Objects;
import org.dateline.index.ArticleFields;

/**
 * A timeline to count: matches per date bucket, optionally one series per value of a facet
 * dimension.
 *
 * @param filter which articles count (the query and actor filters pick the topic; dates, outlets and
 *     languages also pick the collection the share is taken of)
 * @param by bucket size
 * @param per facet dimension to split into series ({@code outlet}, {@code actor}, {@code lang}), or null
 * @param top with {@code per}, how many series: the values with the most matches
 */
public record TimelineRequest(ArticleFilter filter, DateGranularity by, String per, int top) {
  /** The series name of a timeline without {@code per}. */
  public static final String ALL = "all";

  /** Checks the dimension and the series count. */
  public TimelineRequest {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(by, "by");
    if (per != null && !ArticleFields.FACET_DIMS.contains(per)) {
      throw new IllegalArgumentException("--per must be one of " + String.join(", ", ArticleFields.FACET_DIMS) + ", not '" + per + "'");
    }
    if (top < 1) {
      throw new IllegalArgumentException("--top must be a positive number");
    }
  }
}
