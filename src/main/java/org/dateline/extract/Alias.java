package org.dateline.extract;

/**
 * One written form of an actor's name, with the flag that decides how it may match and when.
 *
 * @param text the alias as written in the registry, without its flag character or period
 * @param kind how the alias matches
 * @param period the dates on which the alias may match ({@code =ICC[2002-07-01..]}); {@link
 *     Period#ALWAYS} when the registry gives none
 */
public record Alias(String text, Kind kind, Period period) {

  /** How an alias matches text. */
  public enum Kind {
    /** Case-insensitive, but the first token must be capitalised in the text ("Turkey", not "turkey"). */
    NAME,
    /** Flag {@code =}: exact case only ("US" but not "us"). */
    EXACT,
    /** Flag {@code +}: an adjective or demonym ("Russian"), counted apart from the actor itself. */
    DEMONYM,
    /** Flag {@code @}: a bare surname that counts only when a full alias of the actor is in the same article. */
    WEAK,
    /**
     * Flag {@code ,}: a dateline abbreviation ("Ala.", "Mass.") that matches in its exact case only
     * right after a capitalised word and a comma ("BIRMINGHAM, Ala."), where it cannot be a word.
     */
    DATELINE
  }

  /** A missing period is {@link Period#ALWAYS}. */
  public Alias {
    period = period == null ? Period.ALWAYS : period;
  }

  /** An alias valid at any date. */
  public Alias(String text, Kind kind) {
    this(text, kind, Period.ALWAYS);
  }

  /**
   * Parses a registry alias cell such as {@code =NATO}, {@code +Russian}, {@code @Graham}, {@code ,Ala.}
   * or {@code =ICC[2002-07-01..]} (a period in brackets at the end).
   *
   * @throws IllegalArgumentException when the bracketed period is malformed
   */
  public static Alias parse(String cell) {
    Period period = Period.ALWAYS;
    if (cell.endsWith("]") && cell.lastIndexOf('[') >= 0) {
      int open = cell.lastIndexOf('[');
      period = Period.parse(cell.substring(open + 1, cell.length() - 1));
      cell = cell.substring(0, open).strip();
    }
    if (cell.isEmpty()) {
      return new Alias(cell, Kind.NAME, period);
    }
    return switch (cell.charAt(0)) {
      case '=' -> new Alias(cell.substring(1).trim(), Kind.EXACT, period);
      case '+' -> new Alias(cell.substring(1).trim(), Kind.DEMONYM, period);
      case '@' -> new Alias(cell.substring(1).trim(), Kind.WEAK, period);
      case ',' -> new Alias(cell.substring(1).trim(), Kind.DATELINE, period);
      default -> new Alias(cell, Kind.NAME, period);
    };
  }
}
