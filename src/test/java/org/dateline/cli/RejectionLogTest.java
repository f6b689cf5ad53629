package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dateline.corpus.Rejection;
import org.dateline.export.DiskFull;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index --report}: written whole or not at all, and a full disk is exit 74 (it was 70) with the previous report kept. */
class RejectionLogTest {
  @TempDir Path dir;

  private static void writeTwo(RejectionLog log) {
    log.accept(new Rejection("a.jsonl", "line 3", "malformed-json", "bad"));
    log.accept(new Rejection("b.csv", null, "empty", "empty file"));
  }

  @Test
  void theReportReplacesTheOldOneOnlyWhenFinished() throws Exception {
    Path file = dir.resolve("r.jsonl");
    Files.writeString(file, "old\n");
    try (RejectionLog log = new RejectionLog(file, dir.resolve("index"))) {
      writeTwo(log);
    } // not finished: a failed run
    assertEquals("old\n", Files.readString(file));
    try (RejectionLog log = new RejectionLog(file, dir.resolve("index"))) {
      writeTwo(log);
      log.finish();
    }
    assertEquals("""
        {"source":"a.jsonl","location":"line 3","reason":"malformed-json","message":"bad"}
        {"source":"b.csv","location":null,"reason":"empty","message":"empty file"}
        """, Files.readString(file));
    assertOnlyTheReport();
  }

  @Test
  void aFullDiskIsExit74AndKeepsThePreviousReport() throws Exception {
    Path file = dir.resolve("r.jsonl");
    Files.writeString(file, "old\n");
    IOException e;
    try (RejectionLog log = new RejectionLog(file, dir.resolve("index"), new DiskFull(0, 10))) {
      writeTwo(log); // does not throw into the ingest
      e = assertThrows(IOException.class, log::finish);
    }
    assertEquals("cannot write the report " + file + " (No space left on device); the index was updated, the previous"
        + " report is unchanged", e.getMessage());
    assertEquals(74, Cli.exitCode(e));
    assertEquals("old\n", Files.readString(file));
    assertOnlyTheReport();
  }

  @Test
  void aReportInsideTheIndexFolderIsRefusedAsUsage() throws Exception {
    Files.createDirectories(dir.resolve("index"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RejectionLog(dir.resolve("index/r.jsonl"), dir.resolve("index")));
    assertEquals(64, Cli.exitCode(e));
    assertFalse(Files.exists(dir.resolve("index/r.jsonl")));
  }

  private void assertOnlyTheReport() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.filter(p -> p.getFileName().toString().contains("r.jsonl")).count(), "no temporary file left");
    }
  }
}
