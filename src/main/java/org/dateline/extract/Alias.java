package org.dateline.extract;

/**
 * One written form of an actor's name, with the flag that decides how it may match.
 *
 * @param text the alias as written in the registry, without its flag character
 * @param kind how the alias matches
 */
public record Alias(String text, Kind kind) {

  /** How an alias matches text. */
  public enum Kind {
    /** Case-insensitive, but the first token must be capitalised in the text ("Turkey", not "turkey"). */
    NAME,
    /** Flag {@code =}: exact case only ("US" but not "us"). */
    EXACT,
    /** Flag {@code +}: an adjective or demonym ("Russian"), counted apart from the actor itself. */
    DEMONYM,
    /** Flag {@code @}: a bare surname that counts only when a full alias of the actor is in the same article. */
    WEAK
  }

  /** Parses a registry alias cell such as {@code =NATO}, {@code +Russian} or {@code @Graham}. */
  public static Alias parse(String cell) {
    if (cell.isEmpty()) {
      return new Alias(cell, Kind.NAME);
    }
    return switch (cell.charAt(0)) {
      case '=' -> new Alias(cell.substring(1).trim(), Kind.EXACT);
      case '+' -> new Alias(cell.substring(1).trim(), Kind.DEMONYM);
      case '@' -> new Alias(cell.substring(1).trim(), Kind.WEAK);
      default -> new Alias(cell, Kind.NAME);
    };
  }
}
