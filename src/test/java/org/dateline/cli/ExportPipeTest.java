package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.export.SyntheticIndex;
import org.dateline.extract.ActorRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export into a pipe whose reader has gone ({@code | head -1}) stops writing and exits 0 with nothing on stderr. */
class ExportPipeTest {
  static final int ARTICLES = 3000; // about 2.7 MB of text: far more than a pipe buffers
  @TempDir static Path dir;

  @BeforeAll
  static void buildIndex() throws IOException {
    SyntheticIndex.build(dir.resolve("index"), ARTICLES, ActorRegistry.of(List.of()));
    Files.createDirectories(dir.resolve("config"));
    Files.writeString(dir.resolve("config/actors.tsv"), "id\ttype\tname\taliases\n");
  }

  @Test
  void headOfARealPipeExitsZeroQuietly() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String script = "'" + java + "' --enable-native-access=ALL-UNNAMED -cp \"$CP\" org.dateline.cli.Main export"
        + " --index '" + dir.resolve("index") + "' --config '" + dir.resolve("config") + "' --fields id,text"
        + " 2>'" + dir.resolve("stderr") + "' | head -1; echo \"exit ${PIPESTATUS[0]}\"";
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
    pb.environment().put("CP", System.getProperty("java.class.path"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the export ended");
    assertTrue(out.startsWith("{\"id\":\"bench/"), out);
    assertEquals(2, out.lines().count(), out);
    assertTrue(out.endsWith("\nexit 0\n"), out);
    // Lucene's two-line notice about the vector module is the JVM's, not ours (the launcher's jar has it too).
    String err = Files.readString(dir.resolve("stderr"))
        .replaceAll("(?m)^.*VectorizationProvider lookup\n.*incubator module.*\n", "");
    assertEquals("", err, "no stack trace, no message");
  }

  @Test
  void stopsWritingOnceStdoutFails() {
    long[] offered = {0};
    OutputStream closedAfter10k = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        offered[0] += len;
        if (offered[0] > 10_000) {
          throw new IOException("Broken pipe");
        }
      }
    };
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"export", "--index", dir.resolve("index").toString(),
        "--config", dir.resolve("config").toString(), "--fields", "id,text"}, closedAfter10k, new PrintWriter(err));
    assertEquals(0, code);
    assertEquals("", err.toString());
    assertTrue(offered[0] < 300_000, "stopped after " + offered[0] + " bytes of about 2.7 MB");
  }
}
