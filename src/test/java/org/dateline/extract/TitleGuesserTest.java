package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitleGuesserTest {
  @Test
  void firstSentenceEndsAtPunctuationFollowedBySpace() {
    assertEquals("Talks began in Istanbul.", TitleGuesser.firstSentence("  Talks began in Istanbul. Moscow set the terms."));
    assertEquals("U.S. officials met Mr. Sybiha in Kyiv.", TitleGuesser.firstSentence("U.S. officials met Mr. Sybiha in Kyiv. More."),
        "abbreviations do not end a sentence");
    assertEquals("First line", TitleGuesser.firstSentence("First line\nSecond line."));
  }

  @Test
  void longSentenceIsCutAtAWordWithEllipsis() {
    String body = "word ".repeat(100) + "end.";
    String title = TitleGuesser.firstSentence(body);
    assertTrue(title.length() <= TitleGuesser.MAX_LENGTH + 1, title);
    assertTrue(title.endsWith("word…"), title);
  }
}
