package org.dateline.extract;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces ё by е in each term, in place: Russian writers often drop the diaeresis, so "Кремлём"
 * and "Кремлем" are one word. A regular expression per token (PatternReplaceFilter) cost 5% of
 * indexing time, as JFR showed; this loop costs nothing measurable.
 */
public final class YoFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /** Replaces ё in the terms of {@code in}. */
  public YoFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buf = term.buffer();
    for (int i = 0, n = term.length(); i < n; i++) {
      if (buf[i] == 'ё') {
        buf[i] = 'е';
      }
    }
    return true;
  }
}
