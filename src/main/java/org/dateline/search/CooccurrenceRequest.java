package org.dateline.search;

import java.util.Objects;

/**
 * Which actor pairs to count.
 *
 * @param filter the matching articles; with actor filters, only pairs that include one of those
 *     actors are listed (the actor's ego network)
 * @param top how many pairs to list
 * @param byScore order by significance score instead of by count
 */
public record CooccurrenceRequest(ArticleFilter filter, int top, boolean byScore) {
  /** Checks the pair count. */
  public CooccurrenceRequest {
    Objects.requireNonNull(filter, "filter");
    if (top < 1) {
      throw new IllegalArgumentException("--top must be a positive number");
    }
  }
}
