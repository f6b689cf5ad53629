package org.dateline.extract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Where a corpus's publication dates come from and how they are written.
 *
 * @param order the places to look, first hit wins: {@code metadata} (the record's date field, a
 *     text header or prefix), {@code url} ({@code /2025/05/15/}, {@code /20250515/}), {@code
 *     filename} ({@code 2025-05-15}, {@code 20250515}), {@code dateline} (a date in the text's opening)
 * @param patterns extra {@link java.time.format.DateTimeFormatter} patterns for metadata dates
 *     ({@code MM/dd/yyyy}); ISO dates and date-times are always understood
 * @param locale the language of month names in patterns
 * @param zone the zone whose calendar day a date-time with an offset falls on
 * @param reference the day relative dates ({@code yesterday, 16:03}) count from, or null: then they
 *     leave the article undated with a warning
 */
public record DateRules(List<String> order, List<String> patterns, Locale locale, ZoneId zone, LocalDate reference) {
  /** The places a date may come from. */
  public static final List<String> SOURCES = List.of("metadata", "url", "filename", "dateline");

  /** Metadata, then URL, file name and dateline; ISO dates only; UTC; no reference date. */
  public static final DateRules DEFAULT = new DateRules(SOURCES, List.of(), Locale.ROOT, ZoneOffset.UTC, null);

  /** Copies lists so the record stays immutable. */
  public DateRules {
    order = List.copyOf(order);
    patterns = List.copyOf(patterns);
  }
}
