package org.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LeanPassageScorerTest {
  /** Random passages: repeated and distinct terms, in any order, of any length and position. */
  @Test
  void scoresEveryPassageExactlyAsLucenesDefault() {
    Random random = new Random(42);
    PassageScorer lucene = new PassageScorer();
    LeanPassageScorer lean = new LeanPassageScorer();
    String[] words = {"oil", "prices", "said", "prime", "minister", "путин", "kyiv"};
    int differentFromSingleTerm = 0;
    for (int round = 0; round < 5_000; round++) {
      Passage p = new Passage();
      int start = random.nextInt(20_000);
      p.setStartOffset(start);
      p.setEndOffset(start + 1_000); // Passage asserts that matches lie inside it
      int offset = start;
      int matches = 1 + random.nextInt(12);
      int distinctWords = 1 + random.nextInt(words.length);
      for (int m = 0; m < matches; m++) {
        String w = words[random.nextInt(distinctWords)];
        offset += 1 + random.nextInt(40); // at most 12 * 40 + 8 past the start
        p.addMatch(offset, offset + w.length(), new BytesRef(w), 1 + random.nextInt(30));
      }
      p.setEndOffset(offset + 10 + random.nextInt(200));
      int contentLength = p.getEndOffset() + random.nextInt(50_000);
      float expected = lucene.score(p, contentLength);
      assertEquals(expected, lean.score(p, contentLength), 0f, "round " + round);
      if (java.util.Arrays.stream(p.getMatchTerms(), 0, p.getNumMatches()).distinct().count() > 1) {
        differentFromSingleTerm++;
      }
    }
    // the rounds did exercise passages with several distinct terms, which the scorer must tell apart
    assertTrue(differentFromSingleTerm > 1_000, differentFromSingleTerm + " passages with several terms");
  }
}
