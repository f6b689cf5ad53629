package org.dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.dateline.index.Analyzers;
import org.dateline.index.ArticleFields;

/** Builds the more-like-this query of one article: its most telling title and body terms, scored by BM25. */
final class SimilarArticles {
  /** Terms taken from the article, the most distinctive (tf-idf) first. */
  static final int MAX_TERMS = 25;
  /**
   * A word in more than this share of the articles does not tell one story from another, whatever
   * its language: on RUWA "of" (in 29 % of the articles) was among the 25 terms of a Kuleba report
   * and was marked in every snippet.
   */
  static final int MAX_DOC_FREQ_PERCENT = 20;
  /**
   * Ukrainian function words: Lucene ships stop lists for English and Russian but not for
   * Ukrainian (its list is in the morfologik module, which we do not use for one list).
   */
  private static final List<String> UKRAINIAN = List.of("і", "й", "в", "у", "на", "з", "із", "зі", "що", "та", "до",
      "не", "за", "про", "від", "як", "це", "для", "по", "а", "але", "чи", "вже", "його", "її", "їх", "які", "який",
      "яка", "також", "після", "під", "при", "через", "щодо", "ще", "так", "бо", "де", "він", "вона", "вони", "ми", "ви");
  /** English, Russian and Ukrainian stop words as the text analyzer turns them into terms. */
  private static final Set<String> STOP_WORDS = stopWords();

  private SimilarArticles() {}

  /** The query for articles like document {@code doc} of {@code reader}. */
  static Query like(IndexReader reader, int doc) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(Analyzers.text());
    mlt.setFieldNames(ArticleFields.TEXT_FIELDS.toArray(String[]::new));
    // News articles are short: a word used once can still say what the article is about (default 2).
    mlt.setMinTermFreq(1);
    // A word no other article has cannot find a similar one; Lucene's default of 5 would ignore
    // the rare names that best tie two reports of one event together.
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(MAX_TERMS);
    // Function words are frequent in a long article, and tf-idf can rank them high where an index
    // is small or one-sided; they would be matched and marked in every snippet ([[the]], [[of]]).
    mlt.setStopWords(STOP_WORDS);
    // Only where the share is more than a handful of articles: in an index of six, every word that
    // two articles share is in a third of them, and the list would be empty.
    mlt.setMaxDocFreq(Math.max(reader.numDocs() * MAX_DOC_FREQ_PERCENT / 100, 20));
    return mlt.like(doc);
  }

  /** The words of the stop lists, each analysed as title and body text is, so they compare with index terms. */
  private static Set<String> stopWords() {
    Set<String> words = new HashSet<>();
    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
    RussianAnalyzer.getDefaultStopSet().forEach(w -> words.add(new String((char[]) w)));
    words.addAll(UKRAINIAN);
    Set<String> terms = new HashSet<>();
    Analyzer analyzer = Analyzers.text();
    for (String w : words) {
      try (TokenStream ts = analyzer.tokenStream(ArticleFields.BODY, w)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          terms.add(term.toString());
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Set.copyOf(terms);
  }
}
