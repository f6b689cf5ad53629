package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dateline.TestPaths;
import org.dateline.index.ArticleFields;
import org.dateline.search.SmallCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index folders: stray files in them are ignored (they made every command fail), outputs into them
 * are refused, and an index of another schema is recognised on open: a plain Lucene index or a newer
 * one is exit 78 for every command, an older one is exit 78 for reading with the re-index that
 * migrates it, which {@code dateline index} then does.
 */
class IndexFolderTest {
  @TempDir Path dir;

  private CliRunner cli() {
    return new CliRunner("--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString());
  }

  @Test
  void strayFilesInTheIndexFolderAreIgnored() throws Exception {
    SmallCorpus.build(dir);
    Files.writeString(dir.resolve("index/segments_9.csv"), "id\n");
    Files.writeString(dir.resolve("index/notes.txt"), "mine\n");
    CliRunner cli = cli();
    assertEquals(0, cli.withOptions("search", "Istanbul", "--format", "json"), cli.err);
    assertTrue(cli.out.contains("\"total\":3"), cli.out);
    assertEquals(0, cli.withOptions("index", SmallCorpus.FOLDER.toString(), "-q"), cli.err);
    assertEquals("id\n", Files.readString(dir.resolve("index/segments_9.csv")), "left alone");
  }

  @Test
  void outputsInsideTheIndexFolderAreRefused() throws Exception {
    SmallCorpus.build(dir);
    CliRunner cli = cli();
    for (String target : new String[] {"segments_1", "segments_9.csv"}) {
      Path file = dir.resolve("index").resolve(target);
      assertEquals(64, cli.withOptions("export", "-o", file.toString()));
      assertEquals("dateline: " + file + " is inside the index folder " + dir.resolve("index")
          + ", where it would damage the index; write it elsewhere\n", cli.err);
      assertEquals(64, cli.withOptions("index", SmallCorpus.FOLDER.toString(), "--report", file.toString()));
    }
    assertEquals(0, cli.withOptions("search", "Istanbul"), cli.err);
  }

  @Test
  void aPlainLuceneIndexIsRefusedWithExit78() throws Exception {
    try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("x", "y", Field.Store.YES));
      w.addDocument(doc);
      w.commit();
    }
    CliRunner cli = cli();
    String said = "dateline: " + dir.resolve("index") + " holds a Lucene index that Dateline did not write (no dateline.schema"
        + " in its last commit); give --index a new or empty folder\n";
    for (String[] args : new String[][] {{"search", "x"}, {"timeline"}, {"export"}, {"index", SmallCorpus.FOLDER.toString()},
        {"actors", "apply"}}) {
      assertEquals(78, cli.withOptions(args), String.join(" ", args) + ": " + cli.err);
      assertEquals(said, cli.err, String.join(" ", args));
    }
  }

  @Test
  void aNewerSchemaIsRefusedAndAnOlderOneMigratedByReindexing() throws Exception {
    SmallCorpus.build(dir);
    String newer = String.valueOf(Integer.parseInt(ArticleFields.SCHEMA_VERSION) + 1);
    setSchema(newer);
    CliRunner cli = cli();
    assertEquals(78, cli.withOptions("search", "Istanbul"));
    assertEquals("dateline: " + dir.resolve("index") + " was written by a newer Dateline (index schema " + newer + ", this version knows "
        + ArticleFields.SCHEMA_VERSION + " and older); use that version, or build a new index with this one\n", cli.err);
    assertEquals(78, cli.withOptions("index", SmallCorpus.FOLDER.toString()));

    // Schema 4 namespaced ids by corpus: an index before it cannot be migrated in place, since each
    // article would be added again under its new id; it is refused for reading and for writing.
    setSchema("3");
    String refused = "dateline: " + dir.resolve("index") + " has index schema 3, whose ids are not yet unique per corpus"
        + " (schema 4 stores a source's own id as CORPUS/ID); indexing into it would add every article again under its"
        + " new id, so build a new index from its sources (dateline index ... --index NEW) and remove the old one\n";
    assertEquals(78, cli.withOptions("search", "Istanbul"));
    assertEquals(refused, cli.err);
    assertEquals(78, cli.withOptions("index", SmallCorpus.FOLDER.toString(), "-q"));
    assertEquals(refused, cli.err);

    // A version after 4 but older than this one is migrated by re-indexing; none exists yet while 4 is
    // current, so the current version stands in for it to show the index path still works.
    setSchema(ArticleFields.SCHEMA_VERSION);
    assertEquals(0, cli.withOptions("index", SmallCorpus.FOLDER.toString(), "-q"), cli.err);
    // (This fake changed only the commit's version; in a real older index every article's content hash
    // differs too, since InputHash includes the schema version, so each is rewritten.)
    assertEquals(0, cli.withOptions("search", "Istanbul", "--format", "json"), cli.err);
    assertTrue(cli.out.contains("\"total\":3"), cli.out);
  }

  private void setSchema(String version) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data;
      try (DirectoryReader r = DirectoryReader.open(d)) {
        data = new HashMap<>(r.getIndexCommit().getUserData());
      }
      data.put(ArticleFields.COMMIT_SCHEMA, version);
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
  }
}
