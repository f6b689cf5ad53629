package org.dateline.extract;

/** Derives a title from body text when the source gives none: its first sentence, at most 200 characters. */
public final class TitleGuesser {
  /** Longest title we derive, in characters. */
  public static final int MAX_LENGTH = 200;

  private TitleGuesser() {}

  /**
   * True when the '.' at {@code dot} ends an abbreviation rather than a sentence: the word before
   * it has a dot of its own ("U.S."), or is one or two letters starting upper-case ("Mr.", "St.").
   */
  private static boolean abbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, dot);
    if (word.indexOf('.') >= 0) {
      return true;
    }
    return !word.isEmpty() && word.length() <= 2 && Character.isUpperCase(word.charAt(0))
        && word.chars().allMatch(Character::isLetter);
  }

  /**
   * The first sentence of {@code body}: up to the first line break, or the first '.', '!' or '?'
   * followed by white space; cut at a word boundary with an ellipsis when longer than 200.
   */
  public static String firstSentence(String body) {
    String text = body.strip();
    int end = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        end = i;
        break;
      }
      boolean atBreak = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
      if ((c == '!' || c == '?' || c == '.' && !abbreviation(text, i)) && atBreak) {
        end = i + 1;
        break;
      }
    }
    String sentence = text.substring(0, end).strip();
    if (sentence.length() <= MAX_LENGTH) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', MAX_LENGTH - 1);
    if (cut < MAX_LENGTH / 2) {
      cut = MAX_LENGTH - 1;
    }
    return sentence.substring(0, cut).strip() + "…";
  }
}
