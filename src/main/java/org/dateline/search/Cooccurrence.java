package org.dateline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.dateline.extract.Actor;
import org.dateline.index.ArticleFields;

/**
 * Counts which actors are named together in matching articles and how surprising each pair is
 * against the whole index.
 *
 * <p>For a pair (a, b) with {@code O} matching articles naming both, {@code M} matching articles,
 * {@code N} articles in the index and {@code N_a}, {@code N_b} index articles naming a and b, the
 * count expected if a and b were named independently at their index-wide rates is {@code E = M ·
 * (N_a / N) · (N_b / N)}, and the score is the signed log-likelihood ratio (G²) of a Poisson count
 * {@code O} against mean {@code E}: {@code score = ±2 · (O · ln(O / E) − (O − E))}, positive when
 * {@code O > E}. Unlike pointwise mutual information it grows with the evidence, so a pair seen once
 * between two rare actors does not top the list. Above about 3.84 the excess is significant at 5%.
 */
final class Cooccurrence {
  private final IndexSearcher searcher;
  private final QueryFactory queries;

  Cooccurrence(IndexSearcher searcher, QueryFactory queries) {
    this.searcher = searcher;
    this.queries = queries;
  }

  CooccurrenceResult count(CooccurrenceRequest request) throws IOException, QuerySyntaxException {
    ArticleFilter filter = request.filter();
    Set<String> focus = Set.copyOf(queries.selectedActors(filter));
    FacetsCollector fc = searcher.search(queries.build(filter), new FacetsCollectorManager());
    // Actors are numbered as they come and pairs keyed by two numbers in one long: building a
    // string key per pair and article cost most of the time on large result sets.
    List<String> names = new ArrayList<>();
    Map<String, Integer> numbers = new HashMap<>();
    Map<Long, long[]> pairCounts = new HashMap<>();
    long[] actorCounts = new long[64];
    long matches = 0;
    String facetField = ArticleFields.facetsConfig().getDimConfig(ArticleFields.ACTOR).indexFieldName;
    int[] actors = new int[16];
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      SortedSetDocValues values = DocValues.getSortedSet(md.context().reader(), facetField);
      Map<Long, Integer> actorOfOrd = new HashMap<>();
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        matches++;
        if (!values.advanceExact(doc)) {
          continue;
        }
        if (actors.length < values.docValueCount()) {
          actors = new int[values.docValueCount()];
        }
        int k = 0;
        for (int i = 0; i < values.docValueCount(); i++) {
          int a = actorOfOrd.computeIfAbsent(values.nextOrd(), ord -> number(values, ord, names, numbers));
          if (a >= 0) {
            actors[k++] = a;
          }
        }
        if (actorCounts.length < names.size()) {
          actorCounts = java.util.Arrays.copyOf(actorCounts, names.size() * 2);
        }
        for (int i = 0; i < k; i++) {
          actorCounts[actors[i]]++;
          boolean iFocus = focus.isEmpty() || focus.contains(names.get(actors[i]));
          for (int j = i + 1; j < k; j++) {
            if (iFocus || focus.contains(names.get(actors[j]))) {
              int lo = Math.min(actors[i], actors[j]);
              int hi = Math.max(actors[i], actors[j]);
              pairCounts.computeIfAbsent(((long) lo << 32) | hi, key -> new long[1])[0]++;
            }
          }
        }
      }
    }
    Map<String, Long> byName = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      byName.put(names.get(i), actorCounts[i]);
    }
    Map<String, Long> pairsByName = new HashMap<>();
    pairCounts.forEach((key, n) -> {
      String a = names.get((int) (key >>> 32));
      String b = names.get((int) (long) key);
      pairsByName.put(a.compareTo(b) < 0 ? a + '\t' + b : b + '\t' + a, n[0]);
    });
    return result(request, matches, pairsByName, byName);
  }

  /** The number of the actor behind facet ordinal {@code ord}, numbering it if new; -1 for another dimension. */
  private static int number(SortedSetDocValues values, long ord, List<String> names, Map<String, Integer> numbers) {
    try {
      String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
      if (path.length != 2 || !path[0].equals(ArticleFields.ACTOR)) {
        return -1;
      }
      return numbers.computeIfAbsent(path[1], id -> {
        names.add(id);
        return names.size() - 1;
      });
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private CooccurrenceResult result(CooccurrenceRequest request, long matches, Map<String, Long> pairCounts,
      Map<String, Long> actorCounts) throws IOException {
    long n = searcher.getIndexReader().numDocs();
    Map<String, Long> indexed = new HashMap<>();
    List<ActorPair> pairs = new ArrayList<>();
    for (Map.Entry<String, Long> e : pairCounts.entrySet()) {
      String[] ab = e.getKey().split("\t");
      double expected = matches * ((double) indexed(ab[0], indexed) / n) * ((double) indexed(ab[1], indexed) / n);
      pairs.add(new ActorPair(ab[0], ab[1], e.getValue(), expected, score(e.getValue(), expected)));
    }
    Comparator<ActorPair> byCount = Comparator.comparingLong(ActorPair::count).reversed();
    Comparator<ActorPair> byScore = Comparator.comparingDouble(ActorPair::score).reversed();
    Comparator<ActorPair> order = request.byScore() ? byScore.thenComparing(byCount) : byCount.thenComparing(byScore);
    pairs.sort(order.thenComparing(ActorPair::source).thenComparing(ActorPair::target));
    List<ActorPair> listed = pairs.subList(0, Math.min(request.top(), pairs.size()));
    Map<String, ActorNode> nodes = new TreeMap<>();
    for (ActorPair p : listed) {
      for (String id : List.of(p.source(), p.target())) {
        Actor a = queries.registry().byId(id).orElse(null);
        nodes.computeIfAbsent(id, k -> new ActorNode(id, a == null ? id : a.name(), a == null ? null : a.type().name(),
            actorCounts.get(id), indexed.get(id)));
      }
    }
    return new CooccurrenceResult(matches, n, List.copyOf(nodes.values()), listed);
  }

  /** Signed Poisson log-likelihood ratio of {@code observed} (at least 1) against mean {@code expected}. */
  static double score(long observed, double expected) {
    double g2 = 2 * (observed * Math.log(observed / expected) - (observed - expected));
    return observed >= expected ? g2 : -g2;
  }

  private long indexed(String actor, Map<String, Long> cache) throws IOException {
    Long n = cache.get(actor);
    if (n == null) {
      Term term = new Term(ArticleFields.ACTOR, actor);
      // docFreq is one term lookup per segment; count() builds a query weight first, which cost most
      // of the time for the hundreds of actors a result names. docFreq counts deleted articles too,
      // so it serves only an index without deletions.
      IndexReader reader = searcher.getIndexReader();
      n = reader.hasDeletions() ? (long) searcher.count(new TermQuery(term)) : reader.docFreq(term);
      cache.put(actor, n);
    }
    return n;
  }
}
