package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.TestPaths;
import org.junit.jupiter.api.Test;

/** The bundled sample article yields exactly its actors with the shipped registry. */
class IstanbulGoldenTest {
  private static final Set<String> EXPECTED = Set.of("putin", "zelensky", "medinsky", "graham", "sybiha", "russia", "ukraine",
      "turkey", "usa", "nato", "csto", "kremlin", "istanbul", "moscow", "kyiv", "washington", "sumy", "ivano-frankivsk");

  @Test
  void everyActorOfTheIstanbulArticleAndNothingElse() throws IOException {
    ActorMatcher matcher = new ActorMatcher(ActorRegistry.load(TestPaths.shippedConfig()));
    String text = Files.readString(TestPaths.istanbulArticle());
    assertEquals(new TreeSet<>(EXPECTED), new TreeSet<>(matcher.actorIds(text)));
  }

  @Test
  void metonymsCountForTheirCountriesAndPlacesRollUp() throws IOException {
    ActorMatcher matcher = new ActorMatcher(ActorRegistry.load(TestPaths.shippedConfig()));
    ActorFacets f = matcher.facets(Files.readString(TestPaths.istanbulArticle()));
    Set<String> agents = new TreeSet<>(EXPECTED);
    agents.removeAll(Set.of("kremlin", "moscow", "kyiv", "washington")); // every one of them acts in the article
    assertEquals(agents, f.actor());
    assertEquals(Set.of("russia", "ukraine", "turkey", "usa"), f.country());
    assertEquals(Set.of("istanbul", "sumy", "ivano-frankivsk"), f.place());
    assertEquals(Set.of("putin", "zelensky", "medinsky", "graham", "sybiha"), f.person());
    assertEquals(Set.of("nato", "csto"), f.org());
  }

  @Test
  void shippedRegistryPassesItsOwnCheck() {
    assertEquals(java.util.List.of(), RegistryCheck.problems(ActorRegistry.load(TestPaths.shippedConfig())));
  }

  @Test
  void shippedRegistryCoversAllUnMemberAndObserverStates() {
    ActorRegistry registry = ActorRegistry.load(TestPaths.shippedConfig());
    // actors.d/12-other-states.tsv adds Taiwan and six former states; every other COUNTRY is a UN state.
    java.util.Set<String> outsideTheUn = java.util.Set.of("taiwan", "soviet-union", "east-germany", "yugoslavia",
        "czechoslovakia", "north-yemen", "south-yemen");
    java.util.List<String> countries = registry.actors().stream().filter(a -> a.type() == ActorType.COUNTRY)
        .map(Actor::id).toList();
    assertTrue(countries.containsAll(outsideTheUn), countries.toString());
    assertEquals(195, countries.size() - outsideTheUn.size(), "193 UN member states and 2 observer states");
  }
}
