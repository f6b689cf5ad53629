package org.dateline.extract;

/**
 * One token of text as the actor matcher sees it.
 *
 * @param key the normalised form used for lookup (lower-case, diacritics folded, possessive
 *     removed, Russian light stem)
 * @param surface the token as written, possessive removed, Latin diacritics folded, for case rules
 * @param start offset of the first character in the source text
 * @param end offset after the last character in the source text, possessive excluded
 * @param possessive true when a possessive ending ('s, ’s or a bare apostrophe) was removed
 */
public record MatchToken(String key, String surface, int start, int end, boolean possessive) {

  /** True when the token as written starts with an upper-case letter, or not with a letter. */
  public boolean capitalised() {
    int first = surface.codePointAt(0);
    return !Character.isLetter(first) || Character.isUpperCase(first) || Character.isTitleCase(first);
  }

  /** True when the token starts with a letter. */
  public boolean word() {
    return Character.isLetter(surface.codePointAt(0));
  }

  /** True when the token has letters and none of them is lower-case ("NATO", "U.S"). */
  public boolean allCaps() {
    boolean letter = false;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** True when the token is written in Cyrillic script. */
  public boolean cyrillic() {
    return Character.UnicodeScript.of(surface.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
  }

  /**
   * The lookup key without stemming (lower case, ё as е), used for aliases that the stemmer would
   * merge with another actor's ("Нигерия" and "Нигер" both stem to "нигер").
   */
  public String exactKey() {
    return surface.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
  }

  /** The surface in lower case, for comparisons with word lists. */
  public String lower() {
    return surface.toLowerCase(java.util.Locale.ROOT);
  }
}
