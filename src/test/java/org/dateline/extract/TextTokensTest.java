package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The matcher's fast answers about a scanned token are the answers of the token's {@link MatchToken}. */
class TextTokensTest {
  private static final String TEXT = """
      MOSCOW, March 3 - Putin's talks with Erdoğan in İSTANBUL ended; Türkiye's envoy left.
      ВЛАДИМИР ПУТИН И ЁЛКИ: Кремлём, Нигерией, ΣΟΦΙΑ σοφία, Æsir ǅemal ①two 𝐀𝐁𝐂 𝐚bc
      Прем'єр Шмигаль у Києві; «Россия» и ЕС. NATO’s U.S.-led drills, e-mail o'clock""";

  @Test
  void fastAnswersMatchTheTokens() {
    TextTokens t = new ActorTokenizer().scan(TEXT);
    TokenKeyMap<Integer> byKey = new TokenKeyMap<>();
    TokenKeyMap<Integer> byExact = new TokenKeyMap<>();
    for (int i = 0; i < t.size(); i++) {
      byKey.put(t.get(i).key(), i);
      byExact.put(t.get(i).exactKey(), i);
    }
    // A fresh scan, so that no token is built before its fast answers are asked.
    TextTokens fresh = new ActorTokenizer().scan(TEXT);
    for (int i = 0; i < t.size(); i++) {
      MatchToken token = t.get(i);
      String what = "token " + i + " '" + token.surface() + "'";
      assertEquals(token.word(), fresh.word(i), what);
      assertEquals(token.allCaps(), fresh.allCaps(i), what);
      assertEquals(token.cyrillic(), fresh.cyrillic(i), what);
      assertEquals(byKey.get(token.key()), fresh.byKey(byKey, i), what);
      assertEquals(byExact.get(token.exactKey()), fresh.byExactKey(byExact, i), what);
    }
    assertEquals(List.of("moscow", "march", "3", "putin"), t.subList(0, 4).stream().map(MatchToken::key).toList());
  }
}
