package org.dateline.extract;

/**
 * One token of text as the actor matcher sees it.
 *
 * @param key the normalised form used for lookup (lower-case, diacritics folded, possessive
 *     removed, Russian light stem)
 * @param surface the token as written, possessive removed, for case rules
 * @param start offset of the first character in the source text
 * @param end offset after the last character in the source text
 */
public record MatchToken(String key, String surface, int start, int end) {

  /** True when the token as written starts with an upper-case letter, or not with a letter. */
  public boolean capitalised() {
    int first = surface.codePointAt(0);
    return !Character.isLetter(first) || Character.isUpperCase(first) || Character.isTitleCase(first);
  }
}
