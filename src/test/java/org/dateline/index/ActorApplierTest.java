package org.dateline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dateline.TestPaths;
import org.dateline.extract.ActorRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rewritten article keeps every field but its actors, including what the ingest added (tags, corpus, group). */
class ActorApplierTest {
  static final String ID = "reuters/reuters.sgm#1";
  @TempDir Path dir;

  @Test
  void rewrittenArticleKeepsEveryOtherField() throws Exception {
    Path corpus = dir.resolve("reuters");
    Files.createDirectories(corpus);
    Files.copy(Path.of("src/test/resources/formats/reuters.sgm"), corpus.resolve("reuters.sgm"));
    Path config = dir.resolve("config");
    Files.createDirectories(config);
    Files.copy(TestPaths.testConfig().resolve("actors.tsv"), config.resolve("actors.tsv"));
    Path index = dir.resolve("index");
    try (ArticleIndexer indexer = ArticleIndexer.open(index, ActorRegistry.load(config), null)) {
      indexer.index(List.of(corpus));
    }
    Map<String, List<String>> before = storedFields(index, ID);

    Files.writeString(config.resolve("actors.tsv"), "bahia\tPLACE\tBahia\t-\t-\t-\tBahia\n",
        java.nio.file.StandardOpenOption.APPEND);
    ActorApplier.Report report;
    try (ActorApplier applier = ActorApplier.open(index)) {
      report = applier.apply(ActorRegistry.load(config), false);
    }
    assertEquals(1, report.changed());
    Map<String, List<String>> after = storedFields(index, ID);
    assertEquals(List.of("bahia"), after.get(ArticleFields.ACTOR));
    assertNotEquals(before, after);
    for (String f : ArticleFields.ACTOR_FIELDS) {
      before.remove(f);
      after.remove(f);
    }
    assertEquals(before, after);
    assertEquals(List.of("el-salvador", "usa"), after.get(ArticleFields.TAG_PLACES), "tags kept: " + after);
    try (Directory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
      IndexSearcher s = new IndexSearcher(r);
      assertEquals(1, s.count(new TermQuery(new Term(ArticleFields.TAG_PLACES, "el-salvador"))), "tag still indexed");
      assertEquals(1, s.count(new TermQuery(new Term(ArticleFields.BODY, "cocoa"))), "body still indexed");
      assertEquals(1, s.count(new TermQuery(new Term(ArticleFields.PLACE, "bahia"))));
    }
  }

  /** Every stored field of the article with {@code id}, values in order, plus its input hash. */
  private static Map<String, List<String>> storedFields(Path index, String id) throws IOException {
    try (Directory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
      IndexSearcher s = new IndexSearcher(r);
      int doc = s.search(new TermQuery(new Term(ArticleFields.ID, id)), 1).scoreDocs[0].doc;
      Document document = s.storedFields().document(doc);
      Map<String, List<String>> out = new TreeMap<>();
      for (IndexableField f : document.getFields()) {
        out.computeIfAbsent(f.name(), k -> new java.util.ArrayList<>())
            .add(f.numericValue() != null ? f.numericValue().toString() : f.stringValue());
      }
      return out;
    }
  }
}
