package org.dateline.index;

import org.apache.lucene.analysis.TokenStream;
import org.dateline.extract.ActorTokenizer;
import org.dateline.extract.ArticleExtractor;
import org.dateline.extract.TextTokens;

/**
 * One analysis of an article's title and body serving both the actor matcher and the index.
 *
 * <p>The index's text analyzer ({@link Analyzers#text()}) is the actor matcher's chain ({@link
 * ActorTokenizer}: Unicode words, possessives, lower case, folding, ё as е, Russian endings) plus
 * Ukrainian endings removed from words with a Cyrillic letter. So each token's indexed term is its
 * lookup key with {@link UkrainianLightStemFilter#stem} applied when the key holds a letter of the
 * Cyrillic block (a key without one has no ending that rule could remove). Analysing once and
 * deriving the terms, instead of analysing twice, took the matcher's own analysis (a tenth of an
 * ingest's CPU samples) off every article. {@code SharedAnalysisTest} checks the terms, offsets
 * and positions against the analyzer and the keys against the matcher's own scan.
 *
 * <p>One per worker thread: it holds the last article's tokens until the IndexWriter has read them.
 */
final class SharedAnalysis implements ArticleExtractor.TokenSource {
  private final ActorTokenizer tokenizer = new ActorTokenizer();
  private final ReplayTokens title = new ReplayTokens();
  private final ReplayTokens body = new ReplayTokens();
  private final Sink sink = new Sink();
  private String titleText;
  private String bodyText;

  @Override
  public TextTokens tokens(String titleValue, String bodyValue) {
    TextTokens out = new TextTokens(titleValue + "\n" + bodyValue);
    sink.to(out, title, 0);
    tokenizer.scan(titleValue, sink);
    sink.to(out, body, titleValue.length() + 1);
    tokenizer.scan(String.valueOf(bodyValue), sink); // "null" as the matcher's own text would read
    titleText = titleValue;
    bodyText = bodyValue;
    return out;
  }

  /** The title's tokens for the index, if the last analysed title is {@code value} itself; else null. */
  TokenStream title(String value) {
    return value != null && value == titleText ? title : null;
  }

  /** The body's tokens for the index, if the last analysed body is {@code value} itself; else null. */
  TokenStream body(String value) {
    return value != null && value == bodyText ? body : null;
  }

  /** Feeds one text's tokens to the matcher's token list (offsets shifted) and to the index's replay. */
  private static final class Sink implements ActorTokenizer.TokenSink {
    private TextTokens matcher;
    private ReplayTokens index;
    private int shift;

    void to(TextTokens matcherTokens, ReplayTokens indexTokens, int offsetShift) {
      this.matcher = matcherTokens;
      this.index = indexTokens;
      this.shift = offsetShift;
      indexTokens.clear();
    }

    @Override
    public void token(char[] key, int keyLength, int start, int end, int positionIncrement) {
      matcher.add(key, keyLength, start + shift, end + shift);
      index.add(key, keyLength, start, end, positionIncrement);
      for (int i = 0; i < keyLength; i++) {
        if (key[i] >= 0x400 && key[i] <= 0x4FF) {
          index.shortenLast(UkrainianLightStemFilter.stem(key, keyLength)); // reads the key, changes nothing
          break;
        }
      }
    }

    @Override
    public void end(int finalOffset, int finalPositionIncrement) {
      index.finish(finalOffset, finalPositionIncrement);
    }
  }
}
