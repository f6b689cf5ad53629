package org.dateline.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.dateline.index.ArticleFields;

/**
 * Counts each group of exact duplicates once ({@code search --unique}): of the matches of a query
 * that share a duplicate group, only the one with the smallest article id is kept, so the choice
 * does not depend on segment order and the same request gives the same answer after merges.
 * Articles without a group (empty text) are always kept.
 */
final class UniqueArticles {
  private UniqueArticles() {}

  /** {@code query} restricted to one representative per duplicate group among its matches. */
  static Query of(IndexSearcher searcher, Query query) throws IOException {
    FixedBitSet[] keep = representatives(searcher, query);
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new DocSetQuery(keep), BooleanClause.Occur.FILTER)
        .build();
  }

  private static FixedBitSet[] representatives(IndexSearcher searcher, Query query) throws IOException {
    var leaves = searcher.getIndexReader().leaves();
    FixedBitSet[] keep = new FixedBitSet[leaves.size()];
    // group -> {leaf, doc, id} of the representative so far
    Map<BytesRef, Object[]> best = new HashMap<>();
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : leaves) {
      keep[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier == null) {
        continue;
      }
      DocIdSetIterator it = supplier.get(Long.MAX_VALUE).iterator();
      SortedSetDocValues groups = DocValues.getSortedSet(leaf.reader(), ArticleFields.DUPLICATE_GROUP);
      SortedSetDocValues ids = DocValues.getSortedSet(leaf.reader(), ArticleFields.ID);
      var live = leaf.reader().getLiveDocs();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        if (!groups.advanceExact(doc)) {
          keep[leaf.ord].set(doc);
          continue;
        }
        BytesRef group = BytesRef.deepCopyOf(groups.lookupOrd(groups.nextOrd()));
        BytesRef id = ids.advanceExact(doc) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.nextOrd())) : new BytesRef();
        Object[] current = best.get(group);
        if (current == null || id.compareTo((BytesRef) current[2]) < 0) {
          if (current != null) {
            keep[(int) current[0]].clear((int) current[1]);
          }
          keep[leaf.ord].set(doc);
          best.put(group, new Object[] {leaf.ord, doc, id});
        }
      }
    }
    return keep;
  }

  /** Matches the documents of one bit set per leaf; valid only for the reader it was built on. */
  private static final class DocSetQuery extends Query {
    private final FixedBitSet[] docs;

    DocSetQuery(FixedBitSet[] docs) {
      this.docs = docs;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      return new ConstantScoreWeight(this, boost) {
        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) {
          FixedBitSet bits = docs[context.ord];
          if (bits.cardinality() == 0) {
            return null;
          }
          DocIdSetIterator it = new BitSetIterator(bits, bits.cardinality());
          return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, it));
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
          return false;
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
      return "UniqueArticles";
    }

    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
