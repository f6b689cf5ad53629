package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates from metadata, URL, file name and dateline, in the configured order. */
class DateResolverTest {
  static DateResolver.Resolved resolve(DateRules rules, String date, String url, String file, String text) {
    return new DateResolver(rules).resolve(date, date == null ? null : "metadata", url, file, text);
  }

  static final DateRules DEFAULT = DateRules.DEFAULT;

  @Test
  void sourcesInOrder() {
    assertEquals(new DateResolver.Resolved(LocalDate.of(2025, 5, 15), "metadata", null), resolve(DEFAULT, "2025-05-15", null, null, null));
    assertEquals(new DateResolver.Resolved(LocalDate.of(2025, 6, 9), "url", null),
        resolve(DEFAULT, null, "https://ukraina.ru/20250609/zadacha-1063797895.html", null, null));
    assertEquals(LocalDate.of(2025, 5, 15), resolve(DEFAULT, null, "https://x.org/2025/05/15/talks", null, null).date());
    assertEquals(new DateResolver.Resolved(LocalDate.of(2024, 1, 31), "filename", null), resolve(DEFAULT, null, null, "c/news-2024-01-31.txt", null));
    assertEquals(new DateResolver.Resolved(LocalDate.of(2025, 5, 15), "dateline", null),
        resolve(DEFAULT, null, null, "1001000724666_messages.json", "ISTANBUL, May 15, 2025 (Reuters) - Talks began."));
    DateRules urlFirst = new DateRules(List.of("url", "metadata"), List.of(), Locale.ROOT, ZoneOffset.UTC, null);
    assertEquals("url", resolve(urlFirst, "2020-01-01", "https://x.org/2025/05/15/a", null, null).source());
  }

  @Test
  void impossibleDatesAndYearZeroAreNotRolledOver() {
    assertEquals(new DateResolver.Resolved(null, null, "invalid date '2023-02-30'; indexed as undated"),
        resolve(DEFAULT, "2023-02-30", null, null, null));
    assertEquals(null, resolve(DEFAULT, "0000-01-01", null, null, null).date());
    assertEquals(null, resolve(DEFAULT, null, "https://x.org/2023/02/30/a", null, null).date());
  }

  @Test
  void patternsZonesAndRelativeDates() {
    DateRules ru = new DateRules(List.of("metadata"), List.of("MM/dd/yyyy", "d MMMM yyyy, HH:mm"), Locale.forLanguageTag("ru"),
        ZoneId.of("Europe/Moscow"), LocalDate.of(2025, 6, 10));
    assertEquals(LocalDate.of(2022, 2, 28), resolve(ru, "02/28/2022", null, null, null).date());
    assertEquals(LocalDate.of(2020, 2, 4), resolve(ru, "4 февраля 2020, 21:09", null, null, null).date());
    assertEquals(LocalDate.of(2024, 12, 5), resolve(ru, "2024-12-04T23:30:00+00:00", null, null, null).date());
    assertEquals(LocalDate.of(2025, 6, 9), resolve(ru, "Вчера, 16:03", null, null, null).date());
    assertEquals(LocalDate.of(2025, 6, 10), resolve(ru, "16:00", null, null, null).date());
    assertEquals(new DateResolver.Resolved(null, null, "relative date 'yesterday, 16:03' and no reference date (dates.reference); indexed as undated"),
        resolve(DEFAULT, "yesterday, 16:03", null, null, null));
  }
}
