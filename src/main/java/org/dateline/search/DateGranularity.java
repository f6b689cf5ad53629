package org.dateline.search;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Bucket sizes of date histograms, with their bucket labels: {@code 2025-05-15}, ISO week {@code
 * 2025-W20}, {@code 2025-05}, {@code 2025-Q2}, {@code 2025}. Days are calendar days as the source
 * gave them (publication dates are stored as days, so no time zone shifts them).
 */
public enum DateGranularity {
  /** One bucket per day. */
  DAY,
  /** One bucket per ISO-8601 week (Monday to Sunday, week-based year). */
  WEEK,
  /** One bucket per calendar month. */
  MONTH,
  /** One bucket per calendar quarter. */
  QUARTER,
  /** One bucket per year. */
  YEAR;

  /** The first day of the bucket that holds {@code day}. */
  public LocalDate bucketStart(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> LocalDate.of(day.getYear(), 1, 1);
    };
  }

  /** The first day of the bucket after the one starting at {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  /** The label of the bucket starting at {@code start}. */
  public String label(LocalDate start) {
    return switch (this) {
      case DAY -> start.toString();
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
          start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> String.format(Locale.ROOT, "%04d", start.getYear());
    };
  }

  /** Parses {@code day}, {@code week}, {@code month}, {@code quarter} or {@code year}. */
  public static DateGranularity parse(String s) {
    try {
      return valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("date facet must be date:day, date:week, date:month, date:quarter or date:year, not 'date:" + s + "'");
    }
  }
}
