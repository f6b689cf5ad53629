package org.dateline.search;

import java.time.Duration;
import java.util.Locale;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.automaton.RegExp;

/**
 * The bounds that keep one query from taking the process down: how many clauses, how deep the
 * brackets, how large a regular expression may grow, and how long a search may run. Like the
 * reading limits they protect the process rather than express a preference, so they are constants;
 * only the time limit can be changed per searcher. A query past one is refused with a message that
 * names the limit ({@link QueryRefusedException}), never run partly.
 */
public final class QueryLimits {
  /** Most clauses (words, phrases, filters) in one query: Lucene's own bound, kept at its default of 1024. */
  public static final int MAX_CLAUSES = IndexSearcher.getMaxClauseCount();
  /** Deepest nesting of brackets; the parser recurses per level, and no real query needs more. */
  public static final int MAX_NESTING = 50;
  /** Longest regular expression ({@code /.../}) in characters. */
  public static final int MAX_REGEX_LENGTH = 1000;
  /**
   * Largest regular expression once its repeats are written out ({@code a{1000}} counts 1000), in
   * automaton states; Lucene builds that many before it checks anything else, so {@code a{100000000}}
   * alone would exhaust the heap.
   */
  public static final long MAX_REGEX_STATES = 10_000;
  /** Work Lucene may spend making a regular expression or wildcard deterministic (its default). */
  public static final int DETERMINIZE_WORK_LIMIT = 10_000;
  /** Time a search may run before it is stopped and refused. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private QueryLimits() {}

  /** Refuses {@code text} when its brackets nest deeper than {@link #MAX_NESTING} (outside quotes). */
  static void checkNesting(String text) throws QueryRefusedException {
    int depth = 0;
    int max = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        max = Math.max(max, ++depth);
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
    if (max > MAX_NESTING) {
      throw new QueryRefusedException(String.format(Locale.ROOT, "brackets nested %d deep (at most %d)", max, MAX_NESTING));
    }
  }

  /** Why regular expression {@code regex} is too large to build, or null when it is within the limits. */
  static String regexTooLarge(String regex) {
    if (regex.length() > MAX_REGEX_LENGTH) {
      return String.format(Locale.ROOT, "regular expression of %d characters (at most %d)", regex.length(), MAX_REGEX_LENGTH);
    }
    long states;
    try {
      states = states(new RegExp(regex));
    } catch (IllegalArgumentException e) {
      return null; // invalid syntax: the parser reports it
    }
    return states > MAX_REGEX_STATES ? String.format(Locale.ROOT,
        "regular expression /%s/ would grow to over %d states (at most %d); use smaller repeats", shorten(regex),
        MAX_REGEX_STATES, MAX_REGEX_STATES) : null;
  }

  /** An upper bound of the automaton states {@code re} expands to, saturating above the limit. */
  private static long states(RegExp re) {
    long n = switch (re.kind) {
      case REGEXP_UNION, REGEXP_CONCATENATION, REGEXP_INTERSECTION -> states(re.exp1) + states(re.exp2);
      case REGEXP_OPTIONAL, REGEXP_REPEAT, REGEXP_COMPLEMENT, REGEXP_DEPRECATED_COMPLEMENT -> states(re.exp1) + 1;
      case REGEXP_REPEAT_MIN -> states(re.exp1) * (re.min + 1L);
      case REGEXP_REPEAT_MINMAX -> states(re.exp1) * Math.max(1L, re.max);
      case REGEXP_STRING -> re.s.length() + 1L;
      case REGEXP_INTERVAL -> 10L * Math.max(String.valueOf(re.max).length(), re.digits);
      default -> 2;
    };
    return Math.min(n, MAX_REGEX_STATES + 1);
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /** A time limit for one search, from now. */
  static QueryTimeout deadline(Duration limit) {
    long end = System.nanoTime() + limit.toNanos();
    return () -> System.nanoTime() - end > 0;
  }
}
