package org.dateline.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.export.SyntheticIndex;
import org.dateline.extract.ActorRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL of a second {@code export -o} to the same path while it writes (child JVM, killed as soon
 * as its temporary file has bytes): the first export and its manifest are left byte for byte, and
 * {@code verify} still accepts them.
 */
class ExportKillTest {
  @TempDir Path dir;

  @Test
  void aKilledExportLeavesThePreviousOneWhole() throws Exception {
    Path index = dir.resolve("index");
    SyntheticIndex.build(index, 8_000, ActorRegistry.of(List.of()));
    Files.createDirectories(dir.resolve("config"));
    Files.writeString(dir.resolve("config/actors.tsv"), "id\ttype\tname\taliases\n");
    Path out = Files.createDirectories(dir.resolve("out")).resolve("all.jsonl");
    String[] common = {"--index", index.toString(), "--config", dir.resolve("config").toString()};
    Process first = new ProcessBuilder(DatelineProcess.command("256m", concat(new String[] {"export", "--fields", "id", "-o", out.toString()}, common)))
        .redirectErrorStream(true).start();
    first.getInputStream().readAllBytes();
    assertEquals(0, first.waitFor());
    byte[] rows = Files.readAllBytes(out);
    byte[] manifest = Files.readAllBytes(dir.resolve("out/all.jsonl.manifest.json"));

    int killedMidway = 0;
    for (int attempt = 0; attempt < 5 && killedMidway == 0; attempt++) {
      Process second = new ProcessBuilder(DatelineProcess.command("256m",
          concat(new String[] {"export", "--fields", "id,text", "-o", out.toString()}, common)))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      while (second.isAlive()) {
        if (partBytes(out.getParent()) > 0) {
          second.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
          second.waitFor();
          killedMidway++;
          break;
        }
        Thread.onSpinWait();
      }
      second.waitFor();
      if (killedMidway == 0) { // it finished before we saw it write: put the first export back and try again
        Files.write(out, rows);
        Files.write(dir.resolve("out/all.jsonl.manifest.json"), manifest);
      }
    }
    assertEquals(1, killedMidway, "the export was killed while writing");
    assertArrayEquals(rows, Files.readAllBytes(out), "the previous rows are intact");
    assertArrayEquals(manifest, Files.readAllBytes(dir.resolve("out/all.jsonl.manifest.json")), "the previous manifest is intact");
    Process verify = new ProcessBuilder(DatelineProcess.command("256m", concat(new String[] {"verify", out + ".manifest.json"}, common)))
        .redirectErrorStream(true).start();
    String said = new String(verify.getInputStream().readAllBytes());
    assertEquals(0, verify.waitFor(), said);
  }

  private static long partBytes(Path folder) throws java.io.IOException {
    try (Stream<Path> s = Files.list(folder)) {
      long n = 0;
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".part")).toList()) {
        try {
          n += Files.size(p);
        } catch (java.nio.file.NoSuchFileException e) {
          // renamed or deleted between the listing and now
        }
      }
      return n;
    }
  }

  private static String[] concat(String[] a, String[] b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
