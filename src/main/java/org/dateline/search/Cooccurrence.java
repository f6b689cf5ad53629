package org.dateline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
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
  private final FacetCounter facets;
  private final Map<String, Long> indexed;

  /** Counts over {@code searcher}'s index; {@code indexed} holds the index-wide article count of every actor. */
  Cooccurrence(IndexSearcher searcher, QueryFactory queries, FacetCounter facets, Map<String, Long> indexed) {
    this.searcher = searcher;
    this.queries = queries;
    this.facets = facets;
    this.indexed = indexed;
  }

  CooccurrenceResult count(CooccurrenceRequest request) throws IOException, QuerySyntaxException {
    ArticleFilter filter = request.filter();
    FacetsCollector fc = searcher.search(queries.build(filter), new FacetsCollectorManager());
    long matches = 0;
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      matches += md.totalHits();
    }
    SortedSetDocValuesReaderState state = facets.readerState();
    SortedSetDocValuesReaderState.OrdRange range = state == null ? null : state.getOrdRange(ArticleFields.ACTOR);
    if (range == null) {
      return result(request, matches, Map.of(), Map.of());
    }
    Counts counts = new Counts(state.getDocValues(), range, new LinkedHashSet<>(queries.selectedActors(filter)));
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      counts.add(md, state.getField());
    }
    return result(request, matches, counts.pairsByName(), counts.actorsByName());
  }

  /**
   * Pair and actor counts over the matches, by global facet ordinal (an ordinal map across segments
   * instead of a label lookup per segment ordinal, arrays instead of boxed maps): pairs with a
   * focus actor in one dense row per focus actor, all pairs (no focus) in a map keyed by both
   * ordinals in one long.
   */
  private static final class Counts {
    private final SortedSetDocValues global;
    private final OrdinalMap ordinalMap;
    private final int base;
    private final long[] actors;
    /** Row of each focus actor in {@link #focusPairs}, -1 for others; null when every pair counts. */
    private final int[] focusRow;
    private final long[][] focusPairs;
    private final Map<Long, long[]> allPairs = new HashMap<>();
    private int[] ords = new int[16];

    Counts(SortedSetDocValues global, SortedSetDocValuesReaderState.OrdRange range, Set<String> focus) throws IOException {
      this.global = global;
      this.ordinalMap = global instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
      this.base = range.start();
      this.actors = new long[range.end() - base + 1];
      if (focus.isEmpty()) {
        focusRow = null;
        focusPairs = null;
        return;
      }
      focusRow = new int[actors.length];
      java.util.Arrays.fill(focusRow, -1);
      int rows = 0;
      for (String id : focus) {
        long ord = global.lookupTerm(new BytesRef(FacetsConfig.pathToString(new String[] {ArticleFields.ACTOR, id})));
        if (ord >= base && ord - base < actors.length) {
          focusRow[(int) (ord - base)] = rows++;
        }
      }
      focusPairs = new long[rows][actors.length];
    }

    /** Counts the matches of one segment. */
    void add(FacetsCollector.MatchingDocs md, String facetField) throws IOException {
      SortedSetDocValues values = DocValues.getSortedSet(md.context().reader(), facetField);
      // The segment's actor ordinals are one run (labels "actor" + DELIM + id sort together); each
      // is mapped to its global ordinal once here, as the ordinal map's lookup per match cost 2/3.
      long from = insertionPoint(values, ArticleFields.ACTOR + FacetsConfig.DELIM_CHAR);
      long to = insertionPoint(values, ArticleFields.ACTOR + (char) (FacetsConfig.DELIM_CHAR + 1));
      LongValues toGlobal = ordinalMap == null ? LongValues.IDENTITY : ordinalMap.getGlobalOrds(md.context().ord);
      int[] actorOf = new int[(int) (to - from)];
      for (int i = 0; i < actorOf.length; i++) {
        actorOf[i] = (int) (toGlobal.get(from + i) - base);
      }
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!values.advanceExact(doc)) {
          continue;
        }
        int n = values.docValueCount();
        if (ords.length < n) {
          ords = new int[n];
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
          long ord = values.nextOrd();
          if (ord >= from && ord < to) {
            ords[k++] = actorOf[(int) (ord - from)];
          }
        }
        addDoc(k);
      }
    }

    /** The ordinal of {@code label} in {@code values}, or of the first label after it. */
    private static long insertionPoint(SortedSetDocValues values, String label) throws IOException {
      long ord = values.lookupTerm(new BytesRef(label));
      return ord >= 0 ? ord : -ord - 1;
    }

    /** Counts one article's actors, {@code ords[0..k)}, ascending (doc values keep ordinals sorted). */
    private void addDoc(int k) {
      for (int i = 0; i < k; i++) {
        actors[ords[i]]++;
        for (int j = i + 1; j < k; j++) {
          if (focusRow == null) {
            allPairs.computeIfAbsent(((long) ords[i] << 32) | ords[j], key -> new long[1])[0]++;
          } else if (focusRow[ords[i]] >= 0) {
            focusPairs[focusRow[ords[i]]][ords[j]]++; // a pair of two focus actors goes to the first's row only
          } else if (focusRow[ords[j]] >= 0) {
            focusPairs[focusRow[ords[j]]][ords[i]]++;
          }
        }
      }
    }

    /** Pair counts keyed by the two actor ids, the smaller first, tab between. */
    Map<String, Long> pairsByName() throws IOException {
      Map<String, Long> out = new HashMap<>();
      if (focusRow == null) {
        for (Map.Entry<Long, long[]> e : allPairs.entrySet()) {
          out.put(pairKey(name((int) (e.getKey() >>> 32)), name((int) (long) e.getKey())), e.getValue()[0]);
        }
        return out;
      }
      for (int a = 0; a < focusRow.length; a++) {
        if (focusRow[a] >= 0) {
          long[] row = focusPairs[focusRow[a]];
          for (int b = 0; b < row.length; b++) {
            if (row[b] > 0) {
              out.put(pairKey(name(a), name(b)), row[b]);
            }
          }
        }
      }
      return out;
    }

    /** Matching articles per actor id named in them. */
    Map<String, Long> actorsByName() throws IOException {
      Map<String, Long> out = new HashMap<>();
      for (int a = 0; a < actors.length; a++) {
        if (actors[a] > 0) {
          out.put(name(a), actors[a]);
        }
      }
      return out;
    }

    private String name(int ord) throws IOException {
      return FacetsConfig.stringToPath(global.lookupOrd(base + ord).utf8ToString())[1];
    }

    private static String pairKey(String a, String b) {
      return a.compareTo(b) < 0 ? a + '\t' + b : b + '\t' + a;
    }
  }

  private CooccurrenceResult result(CooccurrenceRequest request, long matches, Map<String, Long> pairCounts,
      Map<String, Long> actorCounts) throws IOException {
    long n = searcher.getIndexReader().numDocs();
    List<ActorPair> pairs = new ArrayList<>();
    for (Map.Entry<String, Long> e : pairCounts.entrySet()) {
      String[] ab = e.getKey().split("\t");
      double expected = matches * ((double) indexed.getOrDefault(ab[0], 0L) / n) * ((double) indexed.getOrDefault(ab[1], 0L) / n);
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
            actorCounts.get(id), indexed.getOrDefault(id, 0L)));
      }
    }
    return new CooccurrenceResult(matches, n, List.copyOf(nodes.values()), listed);
  }

  /** Signed Poisson log-likelihood ratio of {@code observed} (at least 1) against mean {@code expected}. */
  static double score(long observed, double expected) {
    double g2 = 2 * (observed * Math.log(observed / expected) - (observed - expected));
    return observed >= expected ? g2 : -g2;
  }
}
