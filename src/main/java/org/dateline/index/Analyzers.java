package org.dateline.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.dateline.extract.FoldingFilter;
import org.dateline.extract.YoFilter;

/** The analyzers of the text fields, shared by the indexer, the query parser and the highlighter. */
public final class Analyzers {
  private Analyzers() {}

  /**
   * The analyzer of {@code title} and {@code body}, one for every language: Unicode word
   * boundaries, possessives removed ("Kyiv’s" finds "Kyiv"), lower case, Latin diacritics folded
   * ("Türkiye" finds "Turkiye"), ё read as е, and Cyrillic case endings removed, Russian by
   * Lucene's light stemmer and Ukrainian by {@link UkrainianLightStemFilter} ("переговоры" finds
   * "переговоров", "Україна" finds "Україні").
   *
   * <p>Why one analyzer and not one field per language: the stemmers only touch Cyrillic endings,
   * so Latin-script words stay exactly as written (English is not stemmed: "talks" does not find
   * "talk"), and a query is analysed the same way whatever the article's language or the detector's
   * verdict; a per-language field would make a Russian word in an article tagged {@code und} or
   * {@code en} unfindable by its other forms. No stop words, so "The Hague" stays a phrase.
   */
  public static Analyzer text() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream chain = new EnglishPossessiveFilter(source);
        chain = new LowerCaseFilter(chain);
        // Lucene's ASCIIFoldingFilter, term for term, without its interpreted 14 kB method per Cyrillic word.
        chain = new FoldingFilter(chain);
        chain = new CyrillicOnly(chain);
        return new TokenStreamComponents(source, chain);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new FoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** The Cyrillic steps: ё as е, then Russian and Ukrainian case endings removed. */
  private static TokenStream cyrillicSteps(TokenStream in) {
    TokenStream chain = new YoFilter(in); // the same terms as PatternReplaceFilter(ё, е), without a regex per token
    chain = new RussianLightStemFilter(chain);
    return new UkrainianLightStemFilter(chain);
  }

  /** Runs the Cyrillic steps on tokens with a Cyrillic letter only, so Latin words pay nothing for them. */
  private static final class CyrillicOnly extends ConditionalTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    CyrillicOnly(TokenStream in) {
      super(in, Analyzers::cyrillicSteps);
    }

    @Override
    protected boolean shouldFilter() {
      char[] b = term.buffer();
      for (int i = 0, n = term.length(); i < n; i++) {
        if (b[i] >= 0x400 && b[i] <= 0x4FF) {
          return true;
        }
      }
      return false;
    }
  }
}
