package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** {@link FoldingFilter} gives Lucene's ASCIIFoldingFilter's terms for every character, alone and mixed. */
class FoldingFilterTest {

  private static List<String> terms(String text, UnaryOperator<TokenStream> filter) throws IOException {
    Tokenizer source = new WhitespaceTokenizer();
    source.setReader(new StringReader(text));
    List<String> out = new ArrayList<>();
    try (TokenStream ts = filter.apply(source)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  private static void sameAsLucene(String text) throws IOException {
    assertEquals(terms(text, ASCIIFoldingFilter::new), terms(text, FoldingFilter::new));
  }

  @Test
  void everyCharacterFoldsAsLuceneFoldsIt() throws IOException {
    // Each character between two ASCII letters, one token per character: all 65,536 of them.
    StringBuilder text = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      text.append('a').append((char) c).append("b ");
    }
    sameAsLucene(text.toString());
  }

  @Test
  void mixedTokensFoldAsLuceneFoldsThem() throws IOException {
    Random random = new Random(8);
    char[] pool = "aZ9-'’ёЁжЖїІéÉæÆßøŁłœŒﬁ①⒜Ｋｋ\u0301\u00A0".toCharArray();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      char c = random.nextInt(4) == 0 ? (char) random.nextInt(Character.MAX_VALUE + 1) : pool[random.nextInt(pool.length)];
      text.append(c).append(random.nextInt(7) == 0 ? " " : "");
    }
    sameAsLucene(text.toString());
  }

  @Test
  void cyrillicStaysAsWrittenAndLatinFolds() throws IOException {
    assertEquals(List.of("Путин", "Кремлём", "Turkiye", "Kyiv's", "aeroskold"), terms("Путин Кремлём Türkiye Kyiv’s æroskøld",
        FoldingFilter::new));
  }
}
