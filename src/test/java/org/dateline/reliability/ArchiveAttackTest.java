package org.dateline.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archive attacks read by {@code dateline index} in a child JVM with a 256 MB heap: zip slip names,
 * absolute names, symlinks and hard links in tar, duplicate entry names, archives nested three deep,
 * a zip bomb and a gzip bomb (each 256 MiB of zeros in a few hundred kB). Each is refused with its
 * reason (or, for links, passed over), the run ends normally, and nothing is written outside the
 * index folder. (Single attacks are also covered by the corpus package's HostileFilesTest.)
 */
class ArchiveAttackTest {
  @TempDir Path dir;

  @Test
  void archiveAttacksAreRefusedInBoundedHeapAndWriteNothingOutsideTheIndex() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Path attacks = Files.createDirectories(work.resolve("attacks"));
    String slip = "dateline-slip-" + ProcessHandle.current().pid() + ".txt";
    Files.write(attacks.resolve("slip.zip"), zip(List.of("../../" + slip, "ok/a.txt"), List.of(text("escape"), text("Fine."))));
    Files.write(attacks.resolve("absolute.zip"), zip(List.of("/tmp/" + slip, "C:\\\\x.txt", "ok/b.txt"),
        List.of(text("abs"), text("drive"), text("Fine too."))));
    Files.write(attacks.resolve("dup.zip"), duplicateNames());
    Files.write(attacks.resolve("links.tar"), links());
    byte[] inner = zip(List.of("deep.txt"), List.of(text("Too deep.")));
    byte[] middle = zip(List.of("inner.zip"), List.of(inner));
    Files.write(attacks.resolve("nested.zip"), zip(List.of("middle.zip"), List.of(middle)));
    Files.write(attacks.resolve("bomb.zip"), zipBomb());
    Files.write(attacks.resolve("bomb.jsonl.gz"), gzipBomb());
    Set<String> before = tree(dir);

    long start = System.nanoTime();
    Process p = new ProcessBuilder(DatelineProcess.command("256m", "index", "attacks", "--index", "index", "--config",
        Path.of("src/test/resources/test-config").toAbsolutePath().toString(), "-v"))
        .directory(work.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.println("reliability: archive attacks: 7 archives refused in " + millis + " ms with -Xmx256m");
    assertEquals(0, p.exitValue(), output);
    for (String expected : List.of(
        "attacks/slip.zip:entry ../../" + slip + ": entry name '../../" + slip + "' climbs out of the archive with '..'; "
            + "refused [unsafe-path]",
        "attacks/absolute.zip:entry /tmp/" + slip + ": absolute entry name '/tmp/" + slip + "' refused [unsafe-path]",
        "attacks/absolute.zip:entry C:\\\\x.txt: absolute entry name 'C:\\\\x.txt' refused [unsafe-path]",
        "attacks/dup.zip!/x.txt: id 'attacks/dup.zip!/x.txt' was already read in this run from corpus attacks; kept the first [duplicate-id]",
        "attacks/nested.zip!/middle.zip!/inner.zip: archives nested deeper than 2 levels are not read [archive-too-deep]",
        "attacks/bomb.jsonl.gz: compression ratio over 100:1 (",
        "attacks/bomb.zip: compression ratio over 100:1 (")) {
      assertTrue(output.lines().anyMatch(l -> l.startsWith("dateline: " + expected)), expected + " in:\n" + output);
    }
    assertTrue(output.contains(": 4 added, 0 updated, 0 unchanged, 7 skipped (archive-bomb 2, archive-too-deep 1, "
        + "duplicate-id 1, unsafe-path 3)"), output);
    assertFalse(output.contains("links.tar"), "links are passed over, never followed: " + output);
    Set<String> after = tree(dir);
    after.removeIf(f -> f.equals("work/index") || f.startsWith("work/index/"));
    assertEquals(before, after, "nothing written outside the index");
    assertFalse(Files.exists(work.resolve("../../" + slip)) || Files.exists(Path.of("/tmp", slip)));
  }

  static byte[] text(String body) {
    return (" date 2025-05-15 " + body).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] zip(List<String> names, List<byte[]> contents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < names.size(); i++) {
        z.putNextEntry(new ZipEntry(names.get(i)));
        z.write(contents.get(i));
      }
    }
    return out.toByteArray();
  }

  /** Two entries named x.txt: Java refuses to write that, so y.txt is renamed in place afterwards. */
  static byte[] duplicateNames() throws IOException {
    byte[] z = zip(List.of("x.txt", "y.txt"), List.of(text("First."), text("Second.")));
    String s = new String(z, StandardCharsets.ISO_8859_1).replace("y.txt", "x.txt");
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A symlink and a hard link to /etc/passwd, then a real file. */
  static byte[] links() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream t = new TarArchiveOutputStream(out)) {
      TarArchiveEntry sym = new TarArchiveEntry("link.txt", TarConstants.LF_SYMLINK);
      sym.setLinkName("/etc/passwd");
      t.putArchiveEntry(sym);
      t.closeArchiveEntry();
      TarArchiveEntry hard = new TarArchiveEntry("hard.txt", TarConstants.LF_LINK);
      hard.setLinkName("/etc/passwd");
      t.putArchiveEntry(hard);
      t.closeArchiveEntry();
      byte[] body = text("Real.");
      TarArchiveEntry real = new TarArchiveEntry("real.txt");
      real.setSize(body.length);
      t.putArchiveEntry(real);
      t.write(body);
      t.closeArchiveEntry();
    }
    return out.toByteArray();
  }

  static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(9);
      z.putNextEntry(new ZipEntry("zeros.jsonl"));
      writeZeros(z);
    }
    return out.toByteArray();
  }

  static byte[] gzipBomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      writeZeros(gz);
    }
    return out.toByteArray();
  }

  private static void writeZeros(OutputStream out) throws IOException {
    byte[] zeros = new byte[1 << 20];
    for (int i = 0; i < 256; i++) {
      out.write(zeros);
    }
  }

  private static Set<String> tree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.map(p -> root.relativize(p).toString().replace('\\', '/')).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }
}
