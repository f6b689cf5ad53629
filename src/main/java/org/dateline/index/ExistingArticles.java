package org.dateline.index;

import java.io.IOException;
import java.util.OptionalLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Looks up the input hash of an already indexed article by id, in the index as it was when the
 * run started, so a re-run can skip unchanged articles without re-analysing them.
 */
final class ExistingArticles {
  private final DirectoryReader reader;

  ExistingArticles(DirectoryReader reader) {
    this.reader = reader;
  }

  /**
   * The stored input hash of the live article with {@code id}; empty when there is none; 0 when it
   * exists without a hash (input hashes are never 0, so it then counts as changed).
   */
  OptionalLong hashOf(String id) throws IOException {
    if (reader == null) {
      return OptionalLong.empty();
    }
    BytesRef term = new BytesRef(id);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(ArticleFields.ID);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
      for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          NumericDocValues hashes = leaf.reader().getNumericDocValues(ArticleFields.HASH);
          if (hashes != null && hashes.advanceExact(doc)) {
            return OptionalLong.of(hashes.longValue());
          }
          return OptionalLong.of(0L);
        }
      }
    }
    return OptionalLong.empty();
  }
}
