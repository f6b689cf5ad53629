package org.dateline.extract;

import java.util.Set;

/**
 * A cheap guess of an article's language from its script and common words, for sources that do
 * not state it: {@code uk} or {@code ru} for Cyrillic (Ukrainian when its own letters і ї є ґ
 * appear), {@code en} for Latin text with English function words, else {@code und}.
 */
public final class LanguageGuesser {
  /** The code for an undetermined language (ISO 639-2). */
  public static final String UNDETERMINED = "und";

  private static final Set<String> ENGLISH =
      Set.of("the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "said", "by", "at", "from");
  /** How much text we look at: the language of a news article is settled by its first lines. */
  private static final int SAMPLE = 2000;

  private LanguageGuesser() {}

  /** Guesses the language of {@code text}. */
  public static String guess(String text) {
    int n = Math.min(text.length(), SAMPLE);
    int latin = 0;
    int cyrillic = 0;
    int ukrainian = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        latin++;
      } else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
        cyrillic++;
        if ("іїєґІЇЄҐ".indexOf(c) >= 0) {
          ukrainian++;
        }
      }
    }
    if (cyrillic > latin) {
      return ukrainian * 200 > cyrillic ? "uk" : "ru";
    }
    if (latin == 0) {
      return UNDETERMINED;
    }
    int words = 0;
    int english = 0;
    for (String w : text.substring(0, n).toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
      if (!w.isEmpty()) {
        words++;
        if (ENGLISH.contains(w)) {
          english++;
        }
      }
    }
    return english * 12 >= words ? "en" : UNDETERMINED;
  }
}
