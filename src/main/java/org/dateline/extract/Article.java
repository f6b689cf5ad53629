package org.dateline.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * An article ready to index: every field worked out, nothing left to guess.
 *
 * @param id stable id: the source's own, else derived from the source file and record location
 * @param date publication day, or null when undated
 * @param dateSource where the date came from ({@code header}, {@code prefix}, ...), or null
 * @param title the source's title, else the body's first sentence
 * @param body full text
 * @param outlet normalised outlet key ({@code unknown} when no source names one)
 * @param url address, or null
 * @param lang language code ({@code und} when undetermined)
 * @param source the source file name
 * @param actors the actor views of title and body (literal, agent, per type, country)
 * @param warnings what was odd but not fatal (undated, invalid date), one line each
 */
public record Article(
    String id,
    LocalDate date,
    String dateSource,
    String title,
    String body,
    String outlet,
    String url,
    String lang,
    String source,
    ActorFacets actors,
    List<String> warnings) {

  /** Copies the warnings so the record stays immutable. */
  public Article {
    warnings = List.copyOf(warnings);
  }

  /** True when no publication date is known. */
  public boolean undated() {
    return date == null;
  }
}
