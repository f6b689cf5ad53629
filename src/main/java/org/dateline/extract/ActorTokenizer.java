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
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits text into {@link MatchToken}s with lookup keys, the same way for registry aliases and
 * for article text, so that "Путина" meets "Путин" and "Kyiv’s" meets "Kyiv".
 *
 * <p>Keys come from Lucene's StandardTokenizer, possessive removal, lower-casing, ASCII folding
 * (Türkiye = Turkiye) and the Russian light stemmer, which only touches Cyrillic endings. We reuse
 * Lucene's analysis chain rather than a hand-written tokenizer so that actor boundaries agree with
 * the boundaries of the searchable text. The index's text analyzer is this chain plus Ukrainian
 * endings, so an ingest analyses each article once, here, and derives the indexed terms from
 * these keys ({@code index/SharedAnalysis}).
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

  /** What {@link #scan(String, TokenSink)} reports, token by token. */
  public interface TokenSink {
    /** The next token: its lookup key in {@code key[0, keyLength)}, its offsets, its position increment. */
    void token(char[] key, int keyLength, int start, int end, int positionIncrement);

    /** After the last token: the final offset and position increment, as {@code TokenStream.end()} leaves them. */
    void end(int finalOffset, int finalPositionIncrement);
  }

  /** The tokens of {@code text} in flat arrays, for the matcher's scan; thread-safe. */
  TextTokens scan(String text) {
    TextTokens out = new TextTokens(text);
    scan(text, new TokenSink() {
      @Override
      public void token(char[] key, int keyLength, int start, int end, int positionIncrement) {
        out.add(key, keyLength, start, end);
      }

      @Override
      public void end(int finalOffset, int finalPositionIncrement) {}
    });
    return out;
  }

  /** Reports every token of {@code text} to {@code sink}, in order; thread-safe. */
  public void scan(String text, TokenSink sink) {
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        sink.token(term.buffer(), term.length(), offset.startOffset(), offset.endOffset(), position.getPositionIncrement());
      }
      ts.end();
      sink.end(offset.endOffset(), position.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a String reader
    }
  }
}
