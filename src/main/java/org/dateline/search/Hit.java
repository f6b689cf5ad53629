package org.dateline.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One article in a result page.
 *
 * @param id article id
 * @param date publication day, or null when undated
 * @param outlet outlet key
 * @param title title
 * @param actors canonical actor ids, sorted
 * @param score BM25 score (NaN when the query does not score)
 * @param snippet best passage with matches marked {@code [[...]]}, or the opening of the body
 * @param kwic keyword-in-context lines of the body when asked for, else empty
 */
public record Hit(String id, LocalDate date, String outlet, String title, List<String> actors, float score, String snippet,
    List<KwicLine> kwic) {
  /** Copies the lists so the record stays immutable. */
  public Hit {
    actors = List.copyOf(actors);
    kwic = List.copyOf(kwic);
  }

  /** A hit without keyword-in-context lines. */
  public Hit(String id, LocalDate date, String outlet, String title, List<String> actors, float score, String snippet) {
    this(id, date, outlet, title, actors, score, snippet, List.of());
  }
}
