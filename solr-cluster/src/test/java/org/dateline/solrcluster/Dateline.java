package org.dateline.solrcluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the dateline command line in a child JVM (Dateline needs Lucene 10, this JVM holds Solr's
 * Lucene 9): from the checkout's target/classes with the runtime classpath the root build writes
 * to target/dateline.classpath.
 */
final class Dateline {
  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private Dateline() {}

  /** The Dateline checkout under test. */
  static Path home() {
    return Path.of(System.getProperty("dateline.home", "..")).toAbsolutePath().normalize();
  }

  private static List<String> javaCommand() throws IOException {
    Path home = home();
    Path classes = home.resolve("target/classes");
    Path cp = home.resolve("target/dateline.classpath");
    if (!Files.isDirectory(classes) || !Files.isRegularFile(cp)) {
      throw new IllegalStateException("Dateline is not built at " + home + " (no target/classes or target/dateline.classpath):"
          + " run ./mvnw test from the checkout's root, which builds it before these tests");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseSerialGC", "-Xlog:disable", "-Xlog:all=warning:stderr",
        "--enable-native-access=ALL-UNNAMED", "-Ddateline.home=" + home,
        "-cp", classes + ":" + Files.readString(cp).strip(), "org.dateline.cli.Main"));
  }

  /** Runs {@code dateline ARGS} in {@code dir} with extra environment {@code env}, waiting at most 10 minutes. */
  static Run run(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> cmd = javaCommand();
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process p = pb.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("dateline " + String.join(" ", args) + " did not finish in 10 minutes");
    }
    Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  /** Runs {@code dateline ARGS} in {@code dir}. */
  static Run run(Path dir, String... args) throws IOException, InterruptedException {
    return run(dir, Map.of(), args);
  }
}
