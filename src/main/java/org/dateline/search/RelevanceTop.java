package org.dateline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.dateline.index.ArticleFields;

/**
 * The first {@code n} matches by score descending, ties by article id ascending: the order of
 * {@code ArticleSearcher.sort(RELEVANCE)}, with the pruning of Lucene's top-score collector.
 *
 * <p>Lucene's {@code TopFieldCollector} gives this order too, but compares ids of every competitive
 * match and skips less (it cost 2x a plain top-score search). Here each slice keeps its best {@code
 * n} by score alone, plus every match whose score equals the worst of those (so every match tied at
 * the page boundary is kept), and tells the scorer to skip matches scoring below that worst score;
 * ids are read only at the end, for the few candidates. When the boundary ties grow past {@link
 * #MAX_TIES} (a query whose matches all score the same), collection stops and {@link #result}
 * returns null: the caller falls back to the field sort. Matches are counted exactly until the
 * scorer is first allowed to skip, so a small result set needs no separate count.
 */
final class RelevanceTop implements CollectorManager<RelevanceTop.Slice, RelevanceTop.Candidates> {
  /** Boundary ties kept per slice before giving up; far more than duplicate copies of one text. */
  static final int MAX_TIES = 4096;
  private static final Comparator<ScoreDoc> BY_SCORE = Comparator.comparingDouble(sd -> sd.score);

  private final int n;
  private final int exactBelow;
  private final int maxTies;
  /** The highest score below which no slice needs matches any more (a full slice's worst score). */
  private float floor = Float.NEGATIVE_INFINITY;
  private long collected;
  /** Set when a slice overflowed: the others stop too, the result is the caller's fallback anyway. */
  private volatile boolean overflowed;

  /** Collects the first {@code n} (at least 1); matches are counted exactly until {@code exactBelow} were seen. */
  RelevanceTop(int n, int exactBelow) {
    this(n, exactBelow, MAX_TIES);
  }

  /** As above, giving up past {@code maxTies} boundary ties per slice (tests lower it). */
  RelevanceTop(int n, int exactBelow, int maxTies) {
    this.n = n;
    this.exactBelow = exactBelow;
    this.maxTies = maxTies;
  }

  /** The candidates of all slices: the top {@code n} and everything tied with them, or overflowed. */
  record Candidates(List<ScoreDoc> docs, long counted, boolean exact, boolean overflowed) {}

  @Override
  public Slice newCollector() {
    return new Slice();
  }

  @Override
  public Candidates reduce(Collection<Slice> slices) {
    List<ScoreDoc> all = new ArrayList<>();
    long counted = 0;
    boolean exact = true;
    for (Slice s : slices) {
      if (s.overflowed || overflowed) {
        return new Candidates(List.of(), 0, false, true);
      }
      all.addAll(s.top);
      all.addAll(s.ties);
      counted += s.counted;
      exact &= !s.pruned;
    }
    return new Candidates(all, counted, exact, false);
  }

  /**
   * The page of {@code candidates} in (score desc, id asc) order, or null when collection overflowed
   * and the caller must sort by field; docs are top-level doc ids.
   */
  ScoreDoc[] result(IndexSearcher searcher, Candidates candidates) throws IOException {
    if (candidates.overflowed()) {
      return null;
    }
    List<ScoreDoc> docs = new ArrayList<>(candidates.docs());
    docs.sort(BY_SCORE.reversed());
    if (docs.size() > n) {
      float boundary = docs.get(n - 1).score;
      int end = n;
      while (end < docs.size() && docs.get(end).score == boundary) {
        end++;
      }
      docs = docs.subList(0, end); // everything scoring below the n-th cannot make the page
    }
    BytesRef[] ids = ids(searcher, docs);
    Integer[] order = new Integer[docs.size()];
    Arrays.setAll(order, i -> i);
    List<ScoreDoc> ranked = docs;
    Arrays.sort(order, (a, b) -> {
      int c = Float.compare(ranked.get(b).score, ranked.get(a).score);
      return c != 0 ? c : ids[a].compareTo(ids[b]);
    });
    ScoreDoc[] page = new ScoreDoc[Math.min(n, docs.size())];
    for (int i = 0; i < page.length; i++) {
      page[i] = docs.get(order[i]);
    }
    return page;
  }

  /** The article id of each of {@code docs} from the id doc values (the sort's own values), in order. */
  private static BytesRef[] ids(IndexSearcher searcher, List<ScoreDoc> docs) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Integer[] byDoc = new Integer[docs.size()];
    Arrays.setAll(byDoc, i -> i);
    Arrays.sort(byDoc, Comparator.comparingInt(i -> docs.get(i).doc));
    BytesRef[] ids = new BytesRef[docs.size()];
    SortedSetDocValues values = null;
    int leafOrd = -1;
    for (int i : byDoc) {
      int doc = docs.get(i).doc;
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (leaf.ord != leafOrd) {
        leafOrd = leaf.ord;
        values = DocValues.getSortedSet(leaf.reader(), ArticleFields.ID);
      }
      // no id sorts first, as the field sort's missing value does
      ids[i] = values.advanceExact(doc - leaf.docBase) ? BytesRef.deepCopyOf(values.lookupOrd(values.nextOrd())) : new BytesRef();
    }
    return ids;
  }

  private synchronized float raiseFloor(float score) {
    floor = Math.max(floor, score);
    return floor;
  }

  private synchronized boolean countedEnough(int more) {
    collected += more;
    return collected >= exactBelow;
  }

  /** The collector of one slice of the index. */
  final class Slice implements Collector {
    private final PriorityQueue<ScoreDoc> top = new PriorityQueue<>(n, BY_SCORE);
    private final List<ScoreDoc> ties = new ArrayList<>();
    private long counted;
    private boolean pruned;
    private boolean overflowed;

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.TOP_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      if (RelevanceTop.this.overflowed) {
        throw new CollectionTerminatedException();
      }
      int docBase = context.docBase;
      return new LeafCollector() {
        private Scorable scorer;
        private float minScore = Float.NEGATIVE_INFINITY;
        private int sinceShared;

        @Override
        public void setScorer(Scorable scorable) throws IOException {
          this.scorer = scorable;
          minScore = Float.NEGATIVE_INFINITY;
          skipBelow(floor);
        }

        @Override
        public void collect(int doc) throws IOException {
          counted++;
          sinceShared++;
          float score = scorer.score();
          if (score < minScore) {
            return;
          }
          if (top.size() < n) {
            top.add(new ScoreDoc(docBase + doc, score));
          } else if (score == top.peek().score) {
            ties.add(new ScoreDoc(docBase + doc, score));
          } else if (score > top.peek().score) {
            ScoreDoc out = top.poll();
            top.add(new ScoreDoc(docBase + doc, score));
            if (top.peek().score == out.score) {
              ties.add(out);
            } else {
              ties.clear();
            }
          } else {
            return;
          }
          if (ties.size() > maxTies || RelevanceTop.this.overflowed) {
            overflowed = true;
            RelevanceTop.this.overflowed = true;
            throw new CollectionTerminatedException();
          }
          if (top.size() == n) {
            skipBelow(raiseFloor(top.peek().score));
          }
        }

        /** Lets the scorer skip matches below {@code score}, once enough matches were counted exactly. */
        private void skipBelow(float score) throws IOException {
          if (score > minScore && (pruned || countedEnough(flushCount()))) {
            pruned = true;
            minScore = score;
            scorer.setMinCompetitiveScore(score);
          }
        }

        private int flushCount() {
          int c = sinceShared;
          sinceShared = 0;
          return c;
        }
      };
    }
  }
}
