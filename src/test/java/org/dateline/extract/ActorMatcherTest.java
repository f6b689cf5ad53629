package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.dateline.TestPaths;
import org.junit.jupiter.api.Test;

/** The matching rules of the actor matcher, on the small test registry. */
class ActorMatcherTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorRegistry.load(TestPaths.testConfig()));

  private static Set<String> ids(String text) {
    return MATCHER.actorIds(text);
  }

  @Test
  void everyAliasMapsToOneCanonicalId() {
    assertEquals(Set.of("zelensky"), ids("Zelensky met Zelenskyy's aides; Volodymyr Zelensky spoke."));
    assertEquals(Set.of("usa"), ids("The U.S. and the United States and America and the US."));
  }

  @Test
  void yoMatchesYe() {
    ActorMatcher shipped = new ActorMatcher(ActorRegistry.load(TestPaths.shippedConfig()));
    assertEquals(Set.of("kremlin"), shipped.actorIds("Заявление за Кремлём."), "ё is read as е (the alias is Кремлем)");
  }

  @Test
  void noMatchInsideLongerWords() {
    assertEquals(Set.of(), ids("Prussia, Russianness, Ukrainians' Istanbuls and Turkeys are not actors."));
    assertEquals(Set.of(), ids("The Russian army and Ukrainian battlefields"), "demonyms are not the actor");
  }

  @Test
  void longestMatchWins() {
    assertEquals(Set.of("bank-of-america"), ids("Bank of America reported profits."));
    assertEquals(Set.of("russia"), ids("The Russian Federation said."));
  }

  @Test
  void caseRules() {
    assertEquals(Set.of(), ids("let us roast the turkey"), "lower-case words are not names");
    assertEquals(Set.of("usa"), ids("US officials"));
    assertEquals(Set.of(), ids("Nato is a misspelling"), "only the exact-case alias =NATO matches");
    assertEquals(Set.of("nato"), ids("NATO allies"));
    assertEquals(Set.of("russia", "putin"), ids("THE KREMLIN SAID PUTIN WOULD NOT VISIT RUSSIA"), "all caps headlines match");
  }

  @Test
  void possessivesAndCurlyApostrophes() {
    assertEquals(Set.of("kyiv", "russia"), ids("Kyiv’s position and Russia's proposal"));
  }

  @Test
  void weakAliasCountsOnlyWithTheFullName() {
    assertEquals(Set.of(), ids("Graham said the vote would come soon."));
    assertEquals(Set.of("graham"), ids("Senator Lindsey Graham arrived. Graham said the vote would come soon."));
  }

  @Test
  void cyrillicInflectionsAndScriptsMeet() {
    assertEquals(Set.of("putin"), ids("Путина встретили в Кремле"));
    assertEquals(Set.of("putin"), ids("Путин"));
    assertEquals(Set.of("zelensky"), ids("Зеленского и Зеленский"));
    assertEquals(Set.of("kyiv", "ukraine"), ids("Уряд України у Києва"));
  }

  @Test
  void diacriticsAreFolded() {
    assertEquals(Set.of("turkey"), ids("Türkiye and Turkiye"));
  }

  @Test
  void resolveTakesIdsAndAliasesInAnyScript() {
    assertEquals("putin", MATCHER.resolve("Путина").id());
    assertEquals("putin", MATCHER.resolve("putin").id());
    assertEquals("usa", MATCHER.resolve("U.S.").id());
    assertNull(MATCHER.resolve("Nobody"));
  }
}
