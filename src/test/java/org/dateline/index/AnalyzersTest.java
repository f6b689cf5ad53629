package org.dateline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The text analyzer gives every case form of a Russian or Ukrainian word one term, and leaves Latin words alone. */
class AnalyzersTest {
  private final Analyzer analyzer = Analyzers.text();

  private List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  /**
   * The cases of {@code solr/analysis-cases.tsv} (text, then its terms) hold for the local analyzer;
   * the solr-cluster module's ConfigsetTest checks the same file against the Solr configset's
   * analysis chain, so both backends index the same terms.
   */
  @Test
  void solrAnalysisCasesHoldLocally() throws IOException {
    List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/test/resources/solr/analysis-cases.tsv"));
    org.junit.jupiter.api.Assertions.assertTrue(lines.size() >= 10, "cases: " + lines.size());
    for (String line : lines) {
      String[] parts = line.split("\t", -1);
      org.junit.jupiter.api.Assertions.assertEquals(List.of(parts[1].split(" ")), terms(parts[0]), parts[0]);
    }
  }

  /** Every word of {@code forms} must analyse to {@code stem}. */
  private void sameTerm(String stem, String forms) throws IOException {
    List<String> terms = terms(forms);
    assertEquals(List.of(forms.split(" ")).size(), terms.size(), forms);
    for (int i = 0; i < terms.size(); i++) {
      assertEquals(stem, terms.get(i), "form " + forms.split(" ")[i]);
    }
  }

  @Test
  void russianCaseFormsShareOneTerm() throws IOException {
    sameTerm("переговор", "переговоры переговоров переговорам переговорами переговорах");
    sameTerm("путин", "Путин Путина Путину Путиным Путине");
    sameTerm("кремл", "Кремль Кремля Кремлём Кремлем");
    sameTerm("санкц", "санкции санкций санкциями санкциях санкция санкцию");
  }

  @Test
  void ukrainianCaseFormsShareOneTerm() throws IOException {
    sameTerm("переговор", "переговори переговорів переговорам переговорами переговорах");
    sameTerm("україн", "Україна України Україні Україну Україною");
    sameTerm("путін", "Путін Путіна Путіну Путіним Путіні");
    sameTerm("президент", "президент президента президенту президентом президенті президентові");
    sameTerm("санкц", "санкція санкції санкцій санкціями санкціях санкцію санкцією");
    sameTerm("російськ", "російський російського російському російським російської російська російську російській російською російські російських");
  }

  @Test
  void latinWordsStayAsWrittenButFolded() throws IOException {
    assertEquals(List.of("talks", "in", "kyiv", "turkiye", "negotiations"), terms("Talks in Kyiv’s Türkiye negotiations"));
  }

  @Test
  void shortWordsAndStemAlternationsAreLeftAlone() throws IOException {
    // At least three letters stay; Київ/Києва differ in the stem itself, which light stemming does not undo.
    assertEquals(List.of("київ", "києв", "і", "мі"), terms("Київ Києва і мі"));
  }
}
