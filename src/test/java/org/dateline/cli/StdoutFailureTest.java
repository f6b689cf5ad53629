package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dateline.TestPaths;
import org.dateline.export.DiskFull;
import org.dateline.search.SmallCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes to stdout tells a reader that went away (a closed pipe: exit 0, nothing
 * on stderr) from any other write error (a full disk: exit 74 and one line), in-process with a
 * stream that fails as the kernel's errors read in Java, and through the real entry point with
 * {@code > /dev/full}.
 */
class StdoutFailureTest {
  @TempDir static Path dir;

  @BeforeAll
  static void build() throws Exception {
    SmallCorpus.build(dir);
    Files.writeString(dir.resolve("queries.csv"), "label,query\nistanbul,Istanbul\ntalks,talks\n");
  }

  static Stream<List<String>> commands() {
    return Stream.of(List.of("search", "Istanbul"), List.of("search", "--format", "json", "--facet", "outlet"),
        List.of("show", "small/a1.txt"), List.of("timeline", "Istanbul", "--by", "month"),
        List.of("cooccur", "--format", "gexf"), List.of("similar", "small/a1.txt"), List.of("corpora"),
        List.of("export", "--format", "csv"), List.of("batch", dir.resolve("queries.csv").toString()),
        List.of("search", "--help"));
  }

  private List<String> args(List<String> command) {
    List<String> all = new ArrayList<>(command);
    if (!command.contains("--help")) {
      all.addAll(List.of("--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString()));
    }
    return all;
  }

  /** A stdout whose every write fails with {@code error}, after {@code room} bytes were accepted. */
  static OutputStream failing(String error, int room) {
    return DiskFull.failing(OutputStream.nullOutputStream(), room, error);
  }

  private int run(List<String> args, OutputStream stdout, StringWriter err) {
    return Cli.run(args.toArray(String[]::new), stdout, new PrintWriter(err, true));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void aFullDiskIsExit74WithOneLine(List<String> command) {
    StringWriter err = new StringWriter();
    assertEquals(74, run(args(command), failing("No space left on device", 10), err), err.toString());
    assertEquals("dateline: cannot write to stdout (No space left on device); the output is incomplete\n", err.toString());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void aClosedPipeIsAQuietExit0(List<String> command) {
    StringWriter err = new StringWriter();
    assertEquals(0, run(args(command), failing("Broken pipe", 10), err), err.toString());
    assertEquals("", err.toString());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void aWorkingStdoutIsExit0(List<String> command) {
    StringWriter err = new StringWriter();
    assertEquals(0, run(args(command), OutputStream.nullOutputStream(), err), err.toString());
  }

  @Test
  void devFullThroughTheRealEntryPoint() throws Exception {
    for (String command : List.of("search Istanbul", "export", "timeline Istanbul")) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String script = "'" + java + "' --enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1 -cp \"$CP\" org.dateline.cli.Main "
          + command + " --index '" + dir.resolve("index") + "' --config '" + TestPaths.testConfig().toAbsolutePath()
          + "' >/dev/full 2>'" + dir.resolve("stderr") + "'; echo \"exit $?\"";
      ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
      pb.environment().put("CP", System.getProperty("java.class.path"));
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ended");
      assertEquals("exit 74\n", out, command);
      String err = Files.readString(dir.resolve("stderr"))
          .replaceAll("(?m)^.*VectorizationProvider lookup\n.*incubator module.*\n", "");
      assertEquals("dateline: cannot write to stdout (No space left on device); the output is incomplete\n", err, command);
    }
  }
}
