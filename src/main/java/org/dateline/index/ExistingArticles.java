package org.dateline.index;

import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Looks up already indexed articles in the index as it was when the run started: the input hash of
 * an id (so a re-run can skip unchanged articles without re-analysing them), whether a text is
 * already indexed (duplicate groups), and the ids of a corpus (for pruning).
 */
final class ExistingArticles {
  private final DirectoryReader reader;

  ExistingArticles(DirectoryReader reader) {
    this.reader = reader;
  }

  /** Visits live documents with a term; returns true to stop. */
  @FunctionalInterface
  private interface LiveDoc {
    boolean visit(LeafReader leaf, int doc) throws IOException;
  }

  /**
   * The stored input hash of the live article with {@code id}; empty when there is none; 0 when it
   * exists without a hash (input hashes are never 0, so it then counts as changed).
   */
  OptionalLong hashOf(String id) throws IOException {
    long[] found = {Long.MIN_VALUE};
    boolean[] any = {false};
    forEachLive(ArticleFields.ID, id, (leaf, doc) -> {
      any[0] = true;
      NumericDocValues hashes = leaf.getNumericDocValues(ArticleFields.HASH);
      found[0] = hashes != null && hashes.advanceExact(doc) ? hashes.longValue() : 0L;
      return true;
    });
    return any[0] ? OptionalLong.of(found[0]) : OptionalLong.empty();
  }

  /** True when a live article other than {@code id} has the duplicate group {@code group}. */
  boolean hasDuplicateGroup(String group, String id) throws IOException {
    BytesRef self = new BytesRef(id);
    boolean[] other = {false};
    forEachLive(ArticleFields.DUPLICATE_GROUP, group, (leaf, doc) -> {
      BytesRef docId = idOf(leaf, doc);
      other[0] = docId == null || !docId.equals(self);
      return other[0];
    });
    return other[0];
  }

  /** Calls {@code action} with the id of every live article of {@code corpus}. */
  void forEachIdOf(String corpus, Consumer<String> action) throws IOException {
    forEachLive(ArticleFields.CORPUS, corpus, (leaf, doc) -> {
      BytesRef id = idOf(leaf, doc);
      if (id != null) {
        action.accept(id.utf8ToString());
      }
      return false;
    });
  }

  /** The commit user data of the snapshot (empty for a new index). */
  Map<String, String> commitData() throws IOException {
    return reader == null ? Map.of() : reader.getIndexCommit().getUserData();
  }

  private static BytesRef idOf(LeafReader leaf, int doc) throws IOException {
    SortedSetDocValues ids = leaf.getSortedSetDocValues(ArticleFields.ID);
    return ids != null && ids.advanceExact(doc) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.nextOrd())) : null;
  }

  private void forEachLive(String field, String value, LiveDoc visitor) throws IOException {
    if (reader == null) {
      return;
    }
    BytesRef term = new BytesRef(value);
    for (LeafReaderContext ctx : reader.leaves()) {
      Terms terms = ctx.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      Bits live = ctx.reader().getLiveDocs();
      PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
      for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if ((live == null || live.get(doc)) && visitor.visit(ctx.reader(), doc)) {
          return;
        }
      }
    }
  }
}
