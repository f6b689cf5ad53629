package org.dateline.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The analyzers of the text fields, shared by the indexer, the query parser and the highlighter. */
public final class Analyzers {
  private Analyzers() {}

  /**
   * The analyzer of {@code title} and {@code body}: Unicode word boundaries, possessives removed
   * ("Kyiv’s" finds "Kyiv"), lower case, Latin diacritics folded ("Türkiye" finds "Turkiye"). No
   * stop words, so that phrases like "The Hague" stay exact, and no stemming yet, so that what
   * matches is what was written.
   */
  public static Analyzer text() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream chain = new EnglishPossessiveFilter(source);
        chain = new LowerCaseFilter(chain);
        chain = new ASCIIFoldingFilter(chain);
        return new TokenStreamComponents(source, chain);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }
}
