package org.dateline.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A text cut into parts that are each in one script (Latin, Cyrillic, any other) and on one line,
 * with their letters counted, for {@link LanguageDetector} to decide a mixed-script text part by
 * part. A part ends where the script changes or a line ends: bilingual items put each language on
 * lines of its own (a Russian headline, an English description, its Ukrainian translation), and two
 * Cyrillic languages can only be told apart line by line. Words without letters (numbers,
 * punctuation, emoji) and links belong to no part.
 *
 * @param parts the parts, in text order
 * @param letters letters by script, over all parts
 */
record ScriptParts(List<Part> parts, Map<Script, Integer> letters) {
  /** The script families told apart: the detector's fast path knows Latin and Cyrillic; the model the rest. */
  enum Script { LATIN, CYRILLIC, OTHER }

  /**
   * Consecutive words of one script on one line, joined by spaces.
   *
   * @param script the script
   * @param text its words, in text order
   * @param letters its letters
   */
  record Part(Script script, String text, int letters) {}

  /** Cuts the first {@code n} characters of {@code text} into parts. */
  static ScriptParts of(String text, int n) {
    List<Part> parts = new ArrayList<>();
    Map<Script, Integer> letters = new EnumMap<>(Script.class);
    StringBuilder words = new StringBuilder();
    Script current = null;
    int partLetters = 0;
    int i = 0;
    while (i < n) {
      boolean newLine = false;
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        newLine |= text.charAt(i) == '\n';
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      Script script = null;
      int count = 0;
      for (int j = start; j < i && !text.startsWith("http", start); j++) { // a link's letters say nothing
        char c = text.charAt(j);
        if (Character.isLetter(c)) {
          count++;
          script = script != null ? script : scriptOf(c);
        }
      }
      if (current != null && (newLine || script != null && script != current)) {
        parts.add(new Part(current, words.toString(), partLetters));
        words.setLength(0);
        current = null;
        partLetters = 0;
      }
      if (script != null) {
        words.append(words.isEmpty() ? "" : " ").append(text, start, i);
        current = script;
        partLetters += count;
        letters.merge(script, count, Integer::sum);
      }
    }
    if (current != null) {
      parts.add(new Part(current, words.toString(), partLetters));
    }
    return new ScriptParts(List.copyOf(parts), Map.copyOf(letters));
  }

  private static Script scriptOf(char c) {
    if (c >= 0x400 && c <= 0x4FF) {
      return Script.CYRILLIC;
    }
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? Script.LATIN : Script.OTHER;
  }

  /**
   * True when the largest script holds less than {@code share} of the letters and another has at
   * least {@code minLetters}: enough of two scripts to say the text is written in both.
   */
  boolean mixed(double share, int minLetters) {
    List<Integer> sizes = letters.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
    int total = sizes.stream().mapToInt(Integer::intValue).sum();
    return sizes.size() > 1 && sizes.get(0) < share * total && sizes.get(1) >= minLetters;
  }
}
