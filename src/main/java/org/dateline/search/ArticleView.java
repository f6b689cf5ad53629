package org.dateline.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One article as stored, for {@code dateline show}.
 *
 * @param id article id
 * @param date publication day, or null
 * @param dateSource where the date came from, or null
 * @param outlet outlet key
 * @param lang language code
 * @param title title
 * @param actors canonical actor ids
 * @param url address, or null
 * @param source source file name
 * @param body full text
 */
public record ArticleView(String id, LocalDate date, String dateSource, String outlet, String lang, String title,
    List<String> actors, String url, String source, String body) {
  /** Copies the actor list so the record stays immutable. */
  public ArticleView {
    actors = List.copyOf(actors);
  }
}
