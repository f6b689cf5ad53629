package org.dateline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Duplicate groups keep their values: white space is collapsed exactly as the regex {@code \s+} did. */
class FingerprintTest {

  @Test
  void collapsesSpacesAsTheRegexDid() {
    Random random = new Random(3);
    char[] pool = {' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u001C', '\u0085', 'a', 'Ж', '.'};
    for (int n = 0; n < 2_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        sb.append(pool[random.nextInt(pool.length)]);
      }
      String s = sb.toString();
      assertEquals(s.replaceAll("\\s+", " "), Fingerprint.collapseSpaces(s), "'" + s + "'");
    }
  }

  @Test
  void groupsIgnoreCaseAndSpacing() {
    assertEquals(Fingerprint.duplicateGroup("Talks  in\tIstanbul\n"), Fingerprint.duplicateGroup(" talks in ISTANBUL"));
    assertNull(Fingerprint.duplicateGroup(" \n "));
  }
}
