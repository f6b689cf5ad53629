package org.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Actor pairs, counts and scores against values computed here from the generator's records. */
class CooccurrenceTest extends GeneratedIndexTest {

  /** Every pair among the articles passing {@code test}, with the documented formula, in the documented order. */
  static List<ActorPair> expected(Predicate<GeneratedCorpus.Doc> test, String focus, boolean byScore) {
    List<GeneratedCorpus.Doc> matches = CORPUS.where(test);
    Map<String, Long> pairs = new TreeMap<>();
    for (GeneratedCorpus.Doc d : matches) {
      List<String> a = new ArrayList<>(d.actors());
      for (int i = 0; i < a.size(); i++) {
        for (int j = i + 1; j < a.size(); j++) {
          if (focus == null || a.get(i).equals(focus) || a.get(j).equals(focus)) {
            pairs.merge(a.get(i) + " " + a.get(j), 1L, Long::sum);
          }
        }
      }
    }
    double n = CORPUS.docs.size();
    List<ActorPair> out = new ArrayList<>();
    pairs.forEach((key, o) -> {
      String[] ab = key.split(" ");
      double e = matches.size() * (CORPUS.where(d -> d.actors().contains(ab[0])).size() / n)
          * (CORPUS.where(d -> d.actors().contains(ab[1])).size() / n);
      double g2 = 2 * (o * Math.log(o / e) - (o - e));
      out.add(new ActorPair(ab[0], ab[1], o, e, o >= e ? g2 : -g2));
    });
    Comparator<ActorPair> count = Comparator.comparingLong(ActorPair::count).reversed();
    Comparator<ActorPair> score = Comparator.comparingDouble(ActorPair::score).reversed();
    out.sort((byScore ? score.thenComparing(count) : count.thenComparing(score))
        .thenComparing(ActorPair::source).thenComparing(ActorPair::target));
    return out;
  }

  static CooccurrenceResult count(String query, List<String> actors, int top, boolean byScore) throws Exception {
    ArticleFilter f = new ArticleFilter(query, null, null, actors, List.of(), List.of(), QueryMode.DEFAULT);
    return searcher.cooccurrence(new CooccurrenceRequest(f, top, byScore));
  }

  @Test
  void everyPairOfTheMatchesWithItsScore() throws Exception {
    CooccurrenceResult r = count("ceasefire", List.of(), 1000, false);
    List<ActorPair> expected = expected(d -> d.has("ceasefire"), null, false);
    assertTrue(expected.size() > 20, "enough pairs to order");
    assertEquals(CORPUS.where(d -> d.has("ceasefire")).size(), r.matches());
    assertEquals(CORPUS.docs.size(), r.indexSize());
    assertEquals(expected.size(), r.pairs().size());
    for (int i = 0; i < expected.size(); i++) {
      ActorPair e = expected.get(i);
      ActorPair a = r.pairs().get(i);
      assertEquals(List.of(e.source(), e.target(), e.count()), List.of(a.source(), a.target(), a.count()), "pair " + i);
      assertEquals(e.expected(), a.expected(), 1e-9 * e.expected());
      assertEquals(e.score(), a.score(), 1e-9 * Math.max(1, Math.abs(e.score())));
    }
  }

  @Test
  void byScoreAndTop() throws Exception {
    List<ActorPair> expected = expected(d -> true, null, true).subList(0, 5);
    List<ActorPair> actual = count(null, List.of(), 5, true).pairs();
    assertEquals(expected.stream().map(p -> p.source() + "-" + p.target()).toList(),
        actual.stream().map(p -> p.source() + "-" + p.target()).toList());
  }

  @Test
  void anActorFilterListsItsEgoNetwork() throws Exception {
    CooccurrenceResult r = count(null, List.of("Zelensky"), 1000, false);
    List<ActorPair> expected = expected(d -> d.actors().contains("zelensky"), "zelensky", false);
    assertEquals(expected.stream().map(p -> p.source() + "-" + p.target() + ":" + p.count()).toList(),
        r.pairs().stream().map(p -> p.source() + "-" + p.target() + ":" + p.count()).toList());
    ActorNode z = r.nodes().stream().filter(n -> n.id().equals("zelensky")).findFirst().orElseThrow();
    assertEquals(new ActorNode("zelensky", "Volodymyr Zelensky", "PERSON", r.matches(),
        CORPUS.where(d -> d.actors().contains("zelensky")).size()), z);
  }

  @Test
  void scoreIsTheSignedPoissonLogLikelihoodRatio() {
    assertEquals(2 * (4 * Math.log(2) - 2), Cooccurrence.score(4, 2.0), 1e-12);
    assertEquals(-2 * (1 * Math.log(0.25) - (1 - 4)), Cooccurrence.score(1, 4.0), 1e-12);
    assertEquals(0.0, Cooccurrence.score(3, 3.0), 1e-12);
  }
}
