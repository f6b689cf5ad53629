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
    assertEquals(List.of("Vladimir Medinsky", "Senator Lindsey Graham", "Ivano-Frankivsk"),
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
}
