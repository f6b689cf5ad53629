package org.dateline.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * When an actor, an alias or a link of the registry holds: from a first day to a last day, both
 * inclusive, either end open. Written {@code FROM..UNTIL} with each end a year, a year-month or a
 * day ({@code 1922..1991}, {@code 2002-07-01..}, {@code ..1991-12-31}); a year or month as the
 * first end means its first day, as the last end its last day.
 *
 * <p>An undated article is read as of the present: a period counts for it when it has no end.
 *
 * @param from the first day, or null for "always before"
 * @param until the last day, or null for "still"
 */
public record Period(LocalDate from, LocalDate until) {
  /** No bounds: every date. */
  public static final Period ALWAYS = new Period(null, null);

  /** Checks that the period is not empty. */
  public Period {
    if (from != null && until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("the period ends (" + until + ") before it starts (" + from + ")");
    }
  }

  /**
   * Parses {@code FROM..UNTIL}.
   *
   * @throws IllegalArgumentException with a one-line reason when the text is not a period
   */
  public static Period parse(String text) {
    String t = text.strip();
    int dots = t.indexOf("..");
    if (dots < 0 || t.indexOf("..", dots + 2) >= 0) {
      throw new IllegalArgumentException("'" + text + "' is not a period FROM..UNTIL (e.g. 1922..1991, 2002-07-01..)");
    }
    return new Period(day(t.substring(0, dots).strip(), true), day(t.substring(dots + 2).strip(), false));
  }

  private static LocalDate day(String s, boolean first) {
    if (s.isEmpty()) {
      return null;
    }
    try {
      return switch (s.length()) {
        case 4 -> first ? LocalDate.of(Integer.parseInt(s), 1, 1) : LocalDate.of(Integer.parseInt(s), 12, 31);
        case 7 -> first ? YearMonth.parse(s).atDay(1) : YearMonth.parse(s).atEndOfMonth();
        case 10 -> LocalDate.parse(s);
        default -> throw new IllegalArgumentException("'" + s + "' is not a year, year-month or day (YYYY, YYYY-MM, YYYY-MM-DD)");
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("'" + s + "' is not a year, year-month or day (YYYY, YYYY-MM, YYYY-MM-DD)", e);
    }
  }

  /** True when {@code date} lies in the period; for an undated article (null), when the period has no end. */
  public boolean contains(LocalDate date) {
    if (date == null) {
      return until == null;
    }
    return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
  }

  /** True when the two periods share a day. */
  public boolean overlaps(Period other) {
    return (until == null || other.from == null || !other.from.isAfter(until))
        && (other.until == null || from == null || !from.isAfter(other.until));
  }

  /** The registry form, {@code FROM..UNTIL}, with days. */
  @Override
  public String toString() {
    return (from == null ? "" : from.toString()) + ".." + (until == null ? "" : until.toString());
  }
}
