package org.dateline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's publication day by a corpus's {@link DateRules}: tries metadata, URL path,
 * file name and text dateline in the configured order and reports which one gave the date. Pure
 * and thread-safe. Impossible dates ({@code 2023-02-30}, year 0) are never rolled over.
 */
public final class DateResolver {
  /** The outcome: the day (or null), where it came from, and a warning when a date was there but unusable. */
  public record Resolved(LocalDate date, String source, String warning) {}

  private static final Pattern URL_DAY = Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:/|$)|/(\\d{4})(\\d{2})(\\d{2})(?:/|$|[-_])");
  private static final Pattern NAME_DAY = Pattern.compile("(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");
  private static final Pattern RELATIVE = Pattern.compile(
      "(?iu)^\\s*(вчера|позавчера|сегодня|yesterday|today)?\\s*,?\\s*(?:в\\s*)?(\\d{1,2}:\\d{2})?\\s*$");
  private static final Pattern TEXT_ISO = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");
  private static final Pattern TEXT_DMY = Pattern.compile(
      "(?i)\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December),? (\\d{4})\\b");
  private static final Pattern TEXT_MDY = Pattern.compile(
      "(?i)\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}),? (\\d{4})\\b");
  private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("d MMMM uuuu").toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  /** How much of the text a dateline may be in: datelines open an article. */
  private static final int DATELINE_SPAN = 300;

  private final DateRules rules;
  private final List<DateTimeFormatter> patterns;

  /** A resolver for one corpus's rules; patterns are compiled once. */
  public DateResolver(DateRules rules) {
    this.rules = rules;
    this.patterns = rules.patterns().stream().map(p -> new DateTimeFormatterBuilder().parseCaseInsensitive()
        .appendPattern(p.replace("yyyy", "uuuu").replace("yy", "uu")).toFormatter(rules.locale())
        .withResolverStyle(ResolverStyle.STRICT)).toList();
  }

  /**
   * The day of an article.
   *
   * @param date the metadata date as written, or null
   * @param dateSource where the metadata date came from ({@code header}, {@code prefix}, {@code metadata})
   */
  public Resolved resolve(String date, String dateSource, String url, String fileName, String text) {
    String warning = null;
    for (String source : rules.order()) {
      Optional<LocalDate> d = Optional.empty();
      switch (source) {
        case "metadata" -> {
          if (date != null && !date.isBlank()) {
            Resolved r = metadata(date.strip());
            if (r.date() != null) {
              return new Resolved(r.date(), dateSource == null ? "metadata" : dateSource, null);
            }
            warning = warning == null ? r.warning() : warning;
          }
        }
        case "url" -> d = url == null ? Optional.empty() : fromPattern(URL_DAY, url);
        case "filename" -> d = fileName == null ? Optional.empty() : fromPattern(NAME_DAY, lastSegment(fileName));
        case "dateline" -> d = text == null ? Optional.empty() : dateline(text);
        default -> throw new IllegalArgumentException("unknown date source '" + source + "'");
      }
      if (d.isPresent()) {
        return new Resolved(d.get(), source, null);
      }
    }
    return new Resolved(null, null, warning != null ? warning : "no date found; indexed as undated");
  }

  private Resolved metadata(String v) {
    Matcher rel = RELATIVE.matcher(v);
    if (rel.matches() && (rel.group(1) != null || rel.group(2) != null)) {
      if (rules.reference() == null) {
        return new Resolved(null, null, "relative date '" + v + "' and no reference date (dates.reference); indexed as undated");
      }
      String word = rel.group(1) == null ? "" : rel.group(1).toLowerCase(Locale.ROOT);
      int back = switch (word) {
        case "вчера", "yesterday" -> 1;
        case "позавчера" -> 2;
        default -> 0;
      };
      return new Resolved(rules.reference().minusDays(back), null, null);
    }
    try {
      return new Resolved(OffsetDateTime.parse(v.replace(' ', 'T')).atZoneSameInstant(rules.zone()).toLocalDate(), null, null);
    } catch (DateTimeException e) {
      // not an ISO date-time with an offset: try the plain ISO forms, then the corpus's patterns
    }
    Optional<LocalDate> iso = DateParser.parse(v);
    if (iso.isPresent()) {
      return new Resolved(iso.get(), null, null);
    }
    for (DateTimeFormatter f : patterns) {
      Optional<LocalDate> d = parse(f, v);
      if (d.isPresent()) {
        return new Resolved(d.get(), null, null);
      }
    }
    return new Resolved(null, null, "invalid date '" + v + "'; indexed as undated");
  }

  private Optional<LocalDate> parse(DateTimeFormatter f, String v) {
    try {
      TemporalAccessor t = f.parse(v);
      LocalDate d;
      try {
        d = ZonedDateTime.from(t).withZoneSameInstant(rules.zone()).toLocalDate();
      } catch (DateTimeException noZone) {
        d = LocalDate.from(t);
      }
      return inRange(d);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> fromPattern(Pattern p, String s) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 4;
      try {
        Optional<LocalDate> d = inRange(LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)),
            Integer.parseInt(m.group(g + 2))));
        if (d.isPresent()) {
          return d;
        }
      } catch (DateTimeException | NumberFormatException e) {
        // not a real day (2023-02-30): look further
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> dateline(String text) {
    String head = text.substring(0, Math.min(text.length(), DATELINE_SPAN));
    Matcher iso = TEXT_ISO.matcher(head);
    if (iso.find()) {
      Optional<LocalDate> d = DateParser.parse(iso.group(1));
      if (d.isPresent()) {
        return d;
      }
    }
    Matcher dmy = TEXT_DMY.matcher(head);
    if (dmy.find()) {
      return parseMonth(dmy.group(1) + " " + dmy.group(2) + " " + dmy.group(3));
    }
    Matcher mdy = TEXT_MDY.matcher(head);
    if (mdy.find()) {
      return parseMonth(mdy.group(2) + " " + mdy.group(1) + " " + mdy.group(3));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> parseMonth(String s) {
    try {
      return inRange(LocalDate.parse(s, MONTH));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String lastSegment(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private static Optional<LocalDate> inRange(LocalDate d) {
    return d.getYear() >= 1000 && d.getYear() <= 2999 ? Optional.of(d) : Optional.empty();
  }
}
