package org.dateline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.dateline.TestPaths;
import org.dateline.extract.ActorRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-indexing updates by id and never duplicates; every outcome is counted. */
class ArticleIndexerTest {
  @TempDir Path dir;

  private IndexReport index(Path... roots) throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(dir.resolve("index"), ActorRegistry.load(TestPaths.testConfig()), null)) {
      return indexer.index(List.of(roots));
    }
  }

  private int docCount() throws IOException {
    try (var d = FSDirectory.open(dir.resolve("index")); var r = DirectoryReader.open(d)) {
      return r.numDocs();
    }
  }

  @Test
  void reindexingTheSameFilesAddsNothing() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("c"));
    Files.writeString(corpus.resolve("a.txt"), " date 2025-05-15 Russia and Ukraine.");
    Files.writeString(corpus.resolve("b.txt"), "No date here.");
    IndexReport first = index(corpus);
    assertEquals(2, first.added());
    assertEquals(1, first.undated());
    assertEquals(2, first.files());

    IndexReport second = index(corpus);
    assertEquals(0, second.added());
    assertEquals(0, second.updated());
    assertEquals(2, second.unchanged());
    assertEquals(2, docCount());

    Files.writeString(corpus.resolve("a.txt"), " date 2025-05-16 Russia and Ukraine, corrected.");
    Files.writeString(corpus.resolve("c.txt"), " date 2025-05-17 New.");
    IndexReport third = index(corpus);
    assertEquals(1, third.added());
    assertEquals(1, third.updated());
    assertEquals(1, third.unchanged());
    assertEquals(3, docCount());
  }

  @Test
  void idsDoNotDependOnHowThePathIsWritten() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("c"));
    Files.writeString(corpus.resolve("a.txt"), " date 2025-05-15 Text.");
    index(corpus);
    IndexReport again = index(dir.resolve("c/../c/").toAbsolutePath());
    assertEquals(1, again.unchanged());
    assertEquals(1, docCount());
  }

  @Test
  void badFilesAreSkippedWithReasonsAndTheRestIndexed() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("c"));
    Files.writeString(corpus.resolve("good.txt"), " date 2025-05-15 Good.");
    Files.writeString(corpus.resolve("empty.txt"), "");
    Files.write(corpus.resolve("bad.txt"), new byte[] {'a', (byte) 0xFF, 'b'});
    Files.writeString(corpus.resolve("notes.pdf"), "not a format we read");
    Files.writeString(corpus.resolve("baddate.txt"), "date: 2023-02-30\n\nBody.");
    Files.createDirectories(corpus.resolve(".git"));
    Files.writeString(corpus.resolve(".git/config"), "hidden files are passed over");
    IndexReport r = index(corpus);
    assertEquals(5, r.files());
    assertEquals(2, r.added());
    assertEquals(1, r.undated());
    assertEquals(3, r.skippedTotal());
    assertEquals(1, r.skipped("empty"));
    assertEquals(1, r.skipped("invalid-encoding"));
    assertEquals(1, r.skipped("unsupported-format"));
    assertEquals(List.of("c/baddate.txt: invalid date '2023-02-30'; indexed as undated"), r.warnings());
  }

  @Test
  void missingPathFailsBeforeAnythingIsWritten() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("c"));
    Files.writeString(corpus.resolve("a.txt"), " date 2025-05-15 Text.");
    assertThrows(NoSuchFileException.class, () -> index(corpus, dir.resolve("missing")));
    try (var d = FSDirectory.open(dir.resolve("index"))) {
      assertEquals(false, DirectoryReader.indexExists(d));
    }
  }
}
