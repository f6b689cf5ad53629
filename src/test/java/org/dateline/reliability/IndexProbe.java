package org.dateline.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.apache.lucene.util.Bits;
import org.dateline.index.ArticleFields;

/**
 * What a test sees of an index on disk, read independently of the code under test: whether Lucene's
 * CheckIndex finds it sound, its last commit, and every live article's id with its content hash.
 */
public record IndexProbe(boolean clean, String checkOutput, long generation, Map<String, String> userData,
    Map<String, Long> articles) {

  /** Probes the last commit in {@code indexDir} (without taking the write lock, so a running writer is not disturbed). */
  public static IndexProbe of(Path indexDir) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir, NoLockFactory.INSTANCE)) {
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      boolean clean;
      try (CheckIndex check = new CheckIndex(dir)) {
        check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        clean = check.checkIndex().clean;
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return new IndexProbe(clean, log.toString(StandardCharsets.UTF_8), reader.getIndexCommit().getGeneration(),
            reader.getIndexCommit().getUserData(), articles(reader));
      }
    }
  }

  /** The number of live articles. */
  public int count() {
    return articles.size();
  }

  private static Map<String, Long> articles(DirectoryReader reader) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    for (LeafReaderContext ctx : reader.leaves()) {
      Bits live = ctx.reader().getLiveDocs();
      SortedSetDocValues ids = ctx.reader().getSortedSetDocValues(ArticleFields.ID);
      NumericDocValues hashes = ctx.reader().getNumericDocValues(ArticleFields.HASH);
      for (int doc = 0; doc < ctx.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        String id = ids.advanceExact(doc) ? ids.lookupOrd(ids.nextOrd()).utf8ToString() : "?" + doc;
        long hash = hashes != null && hashes.advanceExact(doc) ? hashes.longValue() : 0;
        if (out.put(id, hash) != null) {
          throw new IllegalStateException("id " + id + " is indexed twice");
        }
      }
    }
    return out;
  }
}
