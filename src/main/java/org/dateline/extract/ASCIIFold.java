package org.dateline.extract;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Folds Latin diacritics to ASCII (Türkiye to Turkiye) with Lucene's table, keeping case, and
 * remembers the answer per character.
 *
 * <p>Why not call {@link ASCIIFoldingFilter#foldToASCII} directly: it is one 14 kB method, over
 * HotSpot's 8 kB limit for compiling ("huge method"), so it always runs interpreted; JFR showed it at
 * 8% of indexing time, called for every Cyrillic token although it changes no Cyrillic letter. It
 * folds each character on its own, so asking it once per character and keeping the result gives
 * exactly its output.
 */
public final class ASCIIFold {
  /** Per character: null until asked, then what Lucene folds it to (the character itself if unchanged). */
  private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];

  private ASCIIFold() {}

  /** Returns {@code s} with accented Latin letters replaced by their ASCII forms. */
  static String fold(String s) {
    int i = 0;
    while (i < s.length() && unchanged(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 4).append(s, 0, i);
    for (; i < s.length(); i++) {
      sb.append(folded(s.charAt(i)));
    }
    return sb.toString();
  }

  /** True when Lucene's folding leaves {@code c} as it is (every ASCII character, and Cyrillic). */
  public static boolean unchanged(char c) {
    if (c < 0x80) {
      return true;
    }
    String f = folded(c);
    return f.length() == 1 && f.charAt(0) == c;
  }

  /** What Lucene's {@link ASCIIFoldingFilter} turns {@code c} into: one character or a few ("æ" to "ae"). */
  public static String folded(char c) {
    String f = FOLDED[c];
    if (f == null) {
      // Racy but safe: every thread computes the same immutable String, and String's fields are final.
      char[] out = new char[4];
      int len = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, out, 0, 1);
      f = new String(out, 0, len);
      FOLDED[c] = f;
    }
    return f;
  }
}
