package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProperNounRecognizerTest {
  private final ProperNounRecognizer recognizer = ProperNounRecognizer.english();

  private List<String> names(String text) {
    return recognizer.find(text).stream().map(ProperNounRecognizer.Name::text).toList();
  }

  @Test
  void findsRunsOfProperNounsWithOffsets() {
    String text = "On Friday Vladimir Medinsky met Senator Lindsey Graham in Ivano-Frankivsk.";
    List<ProperNounRecognizer.Name> found = recognizer.find(text);
    assertEquals(List.of("Vladimir Medinsky", "Lindsey Graham", "Ivano-Frankivsk"),
        found.stream().map(ProperNounRecognizer.Name::text).toList());
    ProperNounRecognizer.Name first = found.get(0);
    assertEquals("Vladimir Medinsky", text.substring(first.start(), first.end()));
  }

  @Test
  void keysAreFoldedWithoutPossessiveOrArticle() {
    assertEquals("turkiye", ProperNounRecognizer.key("Türkiye’s"));
    assertEquals("hague", ProperNounRecognizer.key("The  Hague"));
  }

  @Test
  void daysAndMonthsAreNotNames() {
    assertEquals(List.of("Istanbul", "Kremlin"), names("Talks in Istanbul on Friday were brief, the Kremlin said."));
  }

  @Test
  void demonymsCountAsNames() {
    assertEquals(List.of("Russian", "Kharkiv", "Sumy"), names("Russian drones struck Kharkiv and Sumy on Monday."));
  }

  @Test
  void titlesAreCutAndTheNationalityBeforeThemKept() {
    assertEquals(List.of("French", "Emmanuel Macron", "Olaf Scholz"),
        names("French President Emmanuel Macron called Chancellor Olaf Scholz."));
    assertEquals(List.of("Canadian", "Ottawa"), names("The Canadian Foreign Minister flew to Ottawa."));
  }

  @Test
  void initialsJoinTheSurname() {
    assertEquals(List.of("J. Smith", "Leeds"), names("The first goal came from J. Smith after a corner for Leeds."));
  }

  @Test
  void institutionsJoinThroughOfAndAmpersand() {
    assertEquals(List.of("Bank of Canada", "Marks & Spencer"),
        names("The Bank of Canada met while Marks & Spencer reported sales."));
  }

  @Test
  void lowerCaseWordsAreNeverNames() {
    assertEquals(List.of("Arsenal"), names("I 'm told the premier league title went to Arsenal."));
  }

  @Test
  void theMonthMayIsNotANameButTheSurnameIs() {
    assertEquals(List.of("Theresa May"), names("Prices fell in May and Theresa May said little."));
  }

  @Test
  void resultsLinesNameTheirTeams() {
    assertEquals(List.of("Leeds", "Wimbledon"), names("Leeds v Wimbledon"));
    assertEquals(List.of("Halifax", "Leeds"), names("Halifax 64 Leeds 24"));
    assertEquals(List.of(), names("W L T"));
    assertEquals(List.of(), names("Total 12 4"));
  }

  @Test
  void allCapitalsHeadlinesDropSlugVersusAndTrailingWords() {
    assertEquals(List.of("ENGLAND", "PAKISTAN"), names("CRICKET - ENGLAND V PAKISTAN FINAL TEST SCOREBOARD ."));
    assertEquals(List.of("NEW YORK"), names("STORMS HIT NEW YORK"));
  }

  @Test
  void capitalisedWordsNoDictionaryKnowsAreNames() {
    // The tagger alone misses all three (it reads them as common nouns).
    assertEquals(List.of("Kherson", "Ukrinform"), names("Residents of Kherson told Ukrinform the bridge was hit."));
    assertEquals(List.of("Hromadske", "Syrskyi"), names("Hromadske quoted Syrskyi as saying the front held."));
    assertEquals(List.of("Interfax"), names("Interfax news agency said the talks ended."));
  }

  @Test
  void tableLabelsAreNotNames() {
    assertEquals(List.of(), names("Turnover 1,200 900")); // "Turnover" is a label
    assertEquals(List.of("Chelsea"), names("Attendance 41,200 at Chelsea 2"));
  }
}
