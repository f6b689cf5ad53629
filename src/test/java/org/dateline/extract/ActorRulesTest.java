package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dateline.TestPaths;
import org.junit.jupiter.api.Test;

/** Guards, metonymy, roll-up and scripts of the actor matcher, on the rules registry (actor-rules/actors.tsv). */
class ActorRulesTest {
  static final Path RULES = Path.of("src/test/resources/actor-rules");
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorRegistry.load(RULES));

  private static Set<String> literal(String text) {
    return MATCHER.facets(text).literal();
  }

  private static Set<String> actor(String text) {
    return MATCHER.facets(text).actor();
  }

  private static List<Mention.Reading> readings(String text) {
    return MATCHER.match(text).stream().map(Mention::reading).toList();
  }

  @Test
  void istanbulArticleYieldsItsEighteenActors() throws Exception {
    ActorFacets f = MATCHER.facets(Files.readString(TestPaths.istanbulArticle()));
    assertEquals(Set.of("putin", "zelensky", "medinsky", "graham", "sybiha", "russia", "ukraine", "turkey", "usa",
        "nato", "csto", "kremlin", "istanbul", "moscow", "kyiv", "washington", "sumy", "ivano-frankivsk"), f.literal());
    // Every Moscow, Kyiv, Kremlin and Washington in the article acts ("Moscow dictates"), so they count for their countries.
    assertEquals(Set.of("putin", "zelensky", "medinsky", "graham", "sybiha", "russia", "ukraine", "turkey", "usa",
        "nato", "csto", "istanbul", "sumy", "ivano-frankivsk"), f.actor());
    assertEquals(Set.of("putin", "zelensky", "medinsky", "graham", "sybiha"), f.person());
    assertEquals(Set.of("nato", "csto"), f.org());
    assertEquals(Set.of("istanbul", "sumy", "ivano-frankivsk"), f.place());
    assertEquals(Set.of("russia", "ukraine", "turkey", "usa"), f.country());
    assertEquals(Set.of("russia", "ukraine"), f.demonym());
  }

  @Test
  void metonymyReadsAgentsAndPlaces() {
    String text = "Talks were held in Moscow on Friday. Later Moscow rejected the offer, the Kremlin said.";
    assertEquals(List.of(Mention.Reading.PLACE, Mention.Reading.AGENT, Mention.Reading.AGENT), readings(text));
    assertEquals(Set.of("moscow", "kremlin"), literal(text));
    assertEquals(Set.of("moscow", "russia"), actor(text));
    assertEquals(Set.of("moscow"), MATCHER.facets(text).place());
    assertEquals(List.of(Mention.Reading.PLACE, Mention.Reading.PLACE), readings("Delegations met in Moscow and Kyiv."));
    assertEquals(List.of(Mention.Reading.PLACE), readings("He flew to the Kremlin."));
    assertEquals(Set.of("usa", "ukraine"), actor("Washington and Kyiv agree."));
  }

  @Test
  void metonymyInRussianAndUkrainian() {
    assertEquals(Set.of("moscow"), actor("В Москве прошли переговоры."));
    assertEquals(Set.of("russia", "kremlin"), actor("Москва отвергла предложение, заявили в Кремле."), "в Кремле: place");
    assertEquals(Set.of("kyiv"), actor("Переговори у Києві тривали."));
    assertEquals(Set.of("russia"), actor("Кремль заявил о готовности."));
  }

  @Test
  void placesRollUpToTheirCountry() {
    assertEquals(Set.of("turkey"), MATCHER.facets("Talks in Istanbul resumed.").country());
    assertEquals(Set.of("ukraine"), MATCHER.facets("Strikes hit Sumy and Ivano-Frankivsk.").country());
    assertEquals(Set.of("russia"), MATCHER.facets("He was received in the Kremlin.").country(), "kremlin -> moscow -> russia");
    assertEquals(Set.of(), MATCHER.facets("Vladimir Putin spoke.").country(), "people do not roll up");
  }

  @Test
  void boundaryGuardsRejectPartsOfLongerNames() {
    assertEquals(Set.of(), literal("Spartak Moscow won the derby."));
    assertEquals(Set.of(), literal("The Bank of Japan raised rates."));
    assertEquals(Set.of(), literal("Voters in Northern Ireland and New Mexico went to the polls."));
    assertEquals(Set.of(), literal("IRELAND HOLDINGS REPORTS PROFIT"), "company suffix, even in capitals");
    assertEquals(Set.of("moscow"), literal("Yesterday Moscow said no."), "a capitalised common word is no name");
    assertEquals(Set.of("putin", "graham"), literal("President Vladimir Putin and Senator Lindsey Graham."));
    assertEquals(Set.of("putin"), literal("Let us see whether the turkey is cooked, said Mr Putin's aide."));
    assertEquals(Set.of("russia", "ukraine"), literal("Russia Launches New Strikes On Ukraine\nThe body."), "title case");
  }

  @Test
  void caseRulesAndHeadlines() {
    assertEquals(Set.of(), literal("let us roast the turkey"));
    assertEquals(Set.of("turkey"), literal("Officials in Turkey said."));
    assertEquals(Set.of("kremlin", "putin", "russia"), literal("THE KREMLIN SAID PUTIN WOULD NOT VISIT RUSSIA"));
    assertEquals(Set.of(), literal("LET US KNOW WHAT YOU THINK"), "short acronyms are not trusted in capitals");
    assertEquals(Set.of("japan", "nato"), literal("JAPAN JOINS NATO EXERCISE"), "=Japan also matches JAPAN in capitals");
    assertEquals(Set.of("usa"), literal("US officials said."));
  }

  @Test
  void weakAliasesNeedTheirFullNameAndPickTheConfirmedActor() {
    assertEquals(Set.of(), literal("Baker said the vote would come soon."));
    assertEquals(Set.of("baker-james"), literal("James Baker arrived. Baker said the vote would come soon."));
    assertEquals(Set.of("medinsky"), literal("Vladimir Medinsky led the talks. Medinsky said little."));
  }

  @Test
  void scriptsAndInflectionsMeetInOneActor() {
    for (String s : List.of("Путин", "Путина", "Путину", "Putin", "Vladimir Putin", "Путін")) {
      assertEquals(Set.of("putin"), literal(s + " говорил."), s);
    }
    for (String s : List.of("Зеленський", "Зеленского", "Зеленскому", "Zelenskyy", "Zelensky", "Зеленського")) {
      assertEquals(Set.of("zelensky"), literal(s + " говорил."), s);
    }
    assertEquals(Set.of("russia"), literal("Россией и России"));
    assertEquals(Set.of("russia", "putin"), literal("Президент России Владимир Путин подписал закон."), "genitives");
    assertEquals(Set.of(), literal("Спартак Москва выиграл."), "a club named after a city");
    assertEquals(Set.of("russia"), MATCHER.facets("российские войска").demonym(), "Cyrillic adjectives are lower case");
  }

  @Test
  void aliasesThatOnlyTheStemmerMergesStayApart() {
    ActorMatcher m = new ActorMatcher(ActorRegistry.of(List.of(
        new Actor("niger", ActorType.COUNTRY, "Niger", null, null, null, List.of(Alias.parse("Нигер"))),
        new Actor("nigeria", ActorType.COUNTRY, "Nigeria", null, null, null, List.of(Alias.parse("Нигерия"))))));
    assertEquals(Set.of("nigeria"), m.actorIds("Нигерия"));
    assertEquals(Set.of("niger"), m.actorIds("Нигер"));
    assertEquals(List.of(), m.conflicts());
  }

  @Test
  void demonymsAreKeptApart() {
    ActorFacets f = MATCHER.facets("Russian troops and American advisers.");
    assertEquals(Set.of(), f.actor());
    assertEquals(Set.of("russia", "usa"), f.demonym());
  }
}
