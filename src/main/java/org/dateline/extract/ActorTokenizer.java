package org.dateline.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into {@link MatchToken}s with lookup keys, the same way for registry aliases and
 * for article text, so that "Путина" meets "Путин" and "Kyiv’s" meets "Kyiv".
 *
 * <p>Keys come from Lucene's StandardTokenizer, possessive removal, lower-casing, ASCII folding
 * (Türkiye = Turkiye) and the Russian light stemmer, which only touches Cyrillic endings. We reuse
 * Lucene's analysis chain rather than a hand-written tokenizer so that actor boundaries agree with
 * the boundaries of the searchable text.
 */
public final class ActorTokenizer {
  private final Analyzer analyzer =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          StandardTokenizer source = new StandardTokenizer();
          source.setMaxTokenLength(255);
          TokenStream chain = new EnglishPossessiveFilter(source);
          chain = new LowerCaseFilter(chain);
          chain = new FoldingFilter(chain);
          // Russian writers often drop the diaeresis: "Кремлём" and "Кремлем" are one word.
          chain = new YoFilter(chain);
          chain = new RussianLightStemFilter(chain);
          return new TokenStreamComponents(source, chain);
        }
      };

  /** Returns every token of {@code text} in order; thread-safe. */
  public List<MatchToken> tokens(String text) {
    return new ArrayList<>(scan(text));
  }

  /** The tokens of {@code text} in flat arrays, for the matcher's scan; thread-safe. */
  TextTokens scan(String text) {
    TextTokens out = new TextTokens(text);
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int start = offset.startOffset();
        int end = offset.endOffset();
        out.add(term.buffer(), term.length(), start, end, withoutPossessive(text, start, end));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a String reader
    }
    return out;
  }

  /** Where the token ends without a trailing possessive ('s, ’s or a bare apostrophe). */
  private static int withoutPossessive(String text, int start, int end) {
    int e = end;
    if (e - start > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S') && isApostrophe(text.charAt(e - 2))) {
      e -= 2;
    } else if (e - start > 1 && isApostrophe(text.charAt(e - 1))) {
      e -= 1;
    }
    return e;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\uFF07';
  }
}
