package org.dateline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses publication dates to a calendar day. Strict: "2023-02-30" and year 0 are rejected, never
 * rolled over to a neighbouring day, because a wrong date is worse than no date.
 */
public final class DateParser {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** Earliest and latest accepted years: news archives do not go past these, typos do. */
  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 2999;

  private DateParser() {}

  /**
   * Parses {@code YYYY-MM-DD}, or an ISO date-time whose day is taken in UTC when it carries an
   * offset ({@code 2025-05-15T23:30:00-02:00} is 2025-05-16) and as written when it does not.
   */
  public static Optional<LocalDate> parse(String value) {
    String v = value.trim();
    try {
      if (v.length() == 10) {
        return inRange(LocalDate.parse(v, DAY));
      }
      if (v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ')) {
        String iso = v.replace(' ', 'T');
        try {
          return inRange(OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeException e) {
          return inRange(LocalDateTime.parse(iso).toLocalDate());
        }
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** True when {@code value} looks like a date ({@code NNNN-NN-NN...}) even if it is not a valid one. */
  public static boolean looksLikeDate(String value) {
    Matcher m = ISO_DAY.matcher(value.trim());
    return m.lookingAt();
  }

  private static Optional<LocalDate> inRange(LocalDate d) {
    return d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR ? Optional.of(d) : Optional.empty();
  }
}
