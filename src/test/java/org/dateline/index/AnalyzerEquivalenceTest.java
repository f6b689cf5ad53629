package org.dateline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The text analyzer gives, token for token (term, offsets, position), what it gave with Lucene's
 * ASCIIFoldingFilter and a PatternReplaceFilter for ё, which it replaced for speed: the index
 * content must not change.
 */
class AnalyzerEquivalenceTest {

  /** The analyzer as it was built before the speed-ups, from Lucene's own filters. */
  private static Analyzer reference() {
    Pattern yo = Pattern.compile("ё");
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream chain = new EnglishPossessiveFilter(source);
        chain = new LowerCaseFilter(chain);
        chain = new ASCIIFoldingFilter(chain);
        chain = new ConditionalTokenFilter(chain, in -> new UkrainianLightStemFilter(new RussianLightStemFilter(
            new PatternReplaceFilter(in, yo, "е", true)))) {
          private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

          @Override
          protected boolean shouldFilter() {
            for (int i = 0; i < term.length(); i++) {
              if (term.buffer()[i] >= 0x400 && term.buffer()[i] <= 0x4FF) {
                return true;
              }
            }
            return false;
          }
        };
        return new TokenStreamComponents(source, chain);
      }
    };
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    return tokens(analyzer.tokenStream("body", text));
  }

  /** Each token of {@code stream} as "term start-end +increment", then its end state; closes the stream. */
  static List<String> tokens(TokenStream stream) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = stream) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + pos.getPositionIncrement());
      }
      ts.end();
      out.add("end " + offset.startOffset() + "-" + offset.endOffset() + " +" + pos.getPositionIncrement());
    }
    return out;
  }

  @Test
  void sameTokensAsLucenesFilters() throws IOException {
    Random random = new Random(21578);
    String[] words = {"Кремлём", "ЁЛКИ", "переговорів", "Україні", "Türkiye's", "Erdoğan", "Æsir", "ﬁnance", "NATO’s",
        "Київ", "ǅemal", "naïve", "Путина", "санкцією", "o'clock", "U.S.", "2024", "①", "Straße", "Ørsted"};
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append(random.nextInt(5) == 0 ? String.valueOf((char) random.nextInt(0x3000)) : words[random.nextInt(words.length)]);
      text.append(random.nextInt(8) == 0 ? "\n" : " ");
    }
    try (Analyzer reference = reference(); Analyzer current = Analyzers.text()) {
      assertEquals(tokens(reference, text.toString()), tokens(current, text.toString()));
    }
  }
}
