package org.dateline.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;

/** What the index holds of each corpus: its article count and when it was last indexed. */
public final class IndexedCorpora {
  /**
   * One corpus in the index.
   *
   * @param articles live articles of the corpus
   * @param lastIndexed when a run last committed it, or null
   */
  public record Stats(long articles, Instant lastIndexed) {}

  private IndexedCorpora() {}

  /** The stats of every corpus in the index at {@code indexDir}; empty when there is no index. */
  public static Map<String, Stats> read(Path indexDir) throws IOException {
    Map<String, Stats> out = new TreeMap<>();
    if (!java.nio.file.Files.isDirectory(indexDir)) {
      return out;
    }
    try (Directory dir = IndexDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return out;
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (Map.Entry<String, String> e : reader.getIndexCommit().getUserData().entrySet()) {
          if (e.getKey().startsWith(ArticleFields.COMMIT_CORPUS_PREFIX)) {
            String name = e.getKey().substring(ArticleFields.COMMIT_CORPUS_PREFIX.length());
            long n = searcher.count(new TermQuery(new Term(ArticleFields.CORPUS, name)));
            out.put(name, new Stats(n, Instant.parse(e.getValue())));
          }
        }
      }
    }
    return out;
  }
}
