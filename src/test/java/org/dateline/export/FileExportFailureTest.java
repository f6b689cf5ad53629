package org.dateline.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dateline.search.ArticleFilter;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second export to the same path that fails (a full disk while writing the rows or the manifest,
 * simulated by {@link DiskFull}) leaves the first export and its manifest byte for byte, and no
 * temporary file; an output path inside the index folder is refused before anything is written.
 */
class FileExportFailureTest {
  @TempDir static Path dir;
  static ArticleSearcher searcher;
  static FileExport files;
  static final ExportRequest ALL = new ExportRequest(ArticleFilter.all(), SortOrder.DATE, ExportField.DEFAULTS, ExportFormat.CSV);

  @BeforeAll
  static void build() throws IOException {
    ExportCorpus.build(dir, dir.resolve("index"));
    searcher = ArticleSearcher.open(dir.resolve("index"), ExportCorpus.registry());
    files = new FileExport(searcher, dir.resolve("index"), "hash", "test");
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static Map<String, byte[]> snapshot(Path folder) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return m;
  }

  private void assertSame(Map<String, byte[]> before, Path folder) throws IOException {
    Map<String, byte[]> after = snapshot(folder);
    assertEquals(before.keySet(), after.keySet(), "no file added or lost");
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
  }

  @Test
  void aFullDiskWhileWritingRowsKeepsThePreviousExport() throws Exception {
    Path out = Files.createDirectories(dir.resolve("rows")).resolve("a.csv");
    files.write(ALL, out, ExportProgress.NONE);
    Map<String, byte[]> before = snapshot(out.getParent());
    assertEquals(List.of("a.csv", "a.csv.manifest.json"), List.copyOf(before.keySet()));
    ExportRequest other = new ExportRequest(ArticleFilter.all(), SortOrder.DATE, ExportField.parseList("id,text"), ExportFormat.CSV);
    IOException e = assertThrows(IOException.class, () -> files.write(other, out, ExportProgress.NONE, new DiskFull(0, 100)));
    assertEquals("No space left on device", e.getMessage());
    assertSame(before, out.getParent());
  }

  @Test
  void aFullDiskWhileWritingTheManifestKeepsThePreviousExport() throws Exception {
    Path out = Files.createDirectories(dir.resolve("manifest")).resolve("a.csv");
    files.write(ALL, out, ExportProgress.NONE);
    Map<String, byte[]> before = snapshot(out.getParent());
    ExportRequest other = new ExportRequest(ArticleFilter.all(), SortOrder.DATE, ExportField.parseList("id"), ExportFormat.CSV);
    assertThrows(IOException.class, () -> files.write(other, out, ExportProgress.NONE, new DiskFull(1, 10)));
    assertSame(before, out.getParent());
    // and a working disk then replaces both
    files.write(other, out, ExportProgress.NONE);
    assertTrue(Files.readString(out).startsWith("id\nex/"), Files.readString(out));
    String manifest = Files.readString(Manifest.pathFor(out));
    assertTrue(manifest.contains("\"id\"") && !manifest.contains("\"title\""), manifest);
  }

  @Test
  void anOutputInsideTheIndexFolderIsRefused() throws Exception {
    Path index = dir.resolve("index");
    Map<String, byte[]> before = snapshot(index);
    for (Path target : List.of(index.resolve("segments_9.csv"), index.resolve("segments_1"),
        dir.resolve("rows/../index/x.csv"))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> files.write(ALL, target, ExportProgress.NONE));
      assertTrue(e.getMessage().contains("is inside the index folder"), e.getMessage());
    }
    Files.createSymbolicLink(dir.resolve("link-to-index"), index);
    assertThrows(IllegalArgumentException.class, () -> files.write(ALL, dir.resolve("link-to-index/y.csv"), ExportProgress.NONE));
    assertSame(before, index);
  }
}
