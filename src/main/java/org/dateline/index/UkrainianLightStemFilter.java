package org.dateline.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Removes the Ukrainian noun and adjective endings that Lucene's {@code RussianLightStemFilter}
 * (which runs first) does not know, so that the case forms of a Ukrainian word share one term:
 * "переговорів" and "переговори", "Україні" and "Україна", "президентові" and "президент",
 * "санкції", "санкцією" and "санкція". Lucene ships no Ukrainian stemmer (and the morfologik
 * dictionary module is not available to us), so this is a light rule set in the spirit of the
 * Russian one: one ending from the list, then a final {@code і}, each only where at least three
 * letters stay. Every rule needs a letter Russian does not have (і ї є), so Russian and Latin
 * words pass unchanged. Stem alternations (Київ / Києва, Львів / Львова) stay apart.
 */
public final class UkrainianLightStemFilter extends TokenFilter {
  /** Endings removed first, longest first; each contains і, ї or є. */
  private static final String[] ENDINGS = {"ові", "еві", "єві", "ів", "їв", "єю", "ої", "ї"};
  private static final int MIN_STEM = 3;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  /** Stems the tokens of {@code input}. */
  public UkrainianLightStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      term.setLength(stem(term.buffer(), term.length()));
    }
    return true;
  }

  /** The length of the stem of {@code s[0, len)}; package-private for tests. */
  static int stem(char[] s, int len) {
    int n = len;
    for (String ending : ENDINGS) {
      if (n - ending.length() >= MIN_STEM && endsWith(s, n, ending)) {
        n -= ending.length();
        break;
      }
    }
    if (n - 1 >= MIN_STEM && s[n - 1] == 'ю' && s[n - 2] == 'і') {
      n--; // "санкцію": the Russian stemmer knows -ию, not -ію
    }
    if (n - 1 >= MIN_STEM && s[n - 1] == 'і') {
      n--; // locative and plural "Україні", "російські"; the -ція stems ("санкці-") all lose it alike
    }
    return n;
  }

  private static boolean endsWith(char[] s, int len, String ending) {
    int off = len - ending.length();
    for (int i = 0; i < ending.length(); i++) {
      if (s[off + i] != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
