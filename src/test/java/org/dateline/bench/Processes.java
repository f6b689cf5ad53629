package org.dateline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Runs commands for the benchmark, with wall time and peak resident memory, and reads machine facts. */
final class Processes {
  private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");

  private Processes() {}

  /** Wall time, peak resident set (kB, sampled from /proc every 20 ms) and stdout of one finished command. */
  record Run(double seconds, long peakRssKb, String output) {}

  /** Runs {@code ./dateline ARGS} from {@code home} with {@code javaOpts}; fails unless it exits 0. */
  static Run dateline(Path home, Path dir, List<String> args, String javaOpts) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(home.resolve("dateline").toString());
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
    pb.environment().put("DATELINE_JAVA_OPTS", javaOpts);
    return run(pb, dir);
  }

  /** Runs {@code cmd} from {@code home} (where index-config/ is), its output kept in {@code dir}; fails unless it exits 0. */
  static Run from(Path home, Path dir, List<String> cmd) throws IOException, InterruptedException {
    return run(new ProcessBuilder(cmd).directory(home.toFile()), dir);
  }

  /** Runs {@code cmd} in {@code dir}; fails unless it exits 0 (or 1, grep's "no match"). */
  static Run run(Path dir, List<String> cmd) throws IOException, InterruptedException {
    return run(new ProcessBuilder(cmd).directory(dir.toFile()), dir);
  }

  private static Run run(ProcessBuilder pb, Path dir) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    long peak = 0;
    while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      peak = Math.max(peak, hwm(status));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(out);
    Files.delete(err);
    if (p.exitValue() > 1) {
      throw new IOException(pb.command() + " exited " + p.exitValue() + ": " + stderr);
    }
    return new Run(seconds, peak, stdout);
  }

  private static long hwm(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // The process ended between two samples: keep the last figure.
    }
    return 0;
  }

  /** The largest heap occupancy before a collection in a {@code -Xlog:gc} file, in MB. */
  static long peakHeapMb(Path gcLog) throws IOException {
    long peak = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = GC_HEAP.matcher(line);
      if (m.find()) {
        peak = Math.max(peak, Long.parseLong(m.group(1)));
      }
    }
    return peak;
  }

  /** Bytes of every file under {@code dir}. */
  static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** The number of Lucene segments in the index folder {@code dir} (one {@code .si} file each). */
  static long segments(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".si")).count();
    }
  }

  /** Deletes {@code dir} and everything in it, if it exists. */
  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
  }

  /** The 1, 5 and 15 minute load averages. */
  static String load() throws IOException {
    String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return f[0] + " " + f[1] + " " + f[2];
  }

  /** Total memory of the machine. */
  static String memory() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        return (Long.parseLong(line.replaceAll("\\D", "")) >> 20) + " GB RAM";
      }
    }
    return "? GB RAM";
  }
}
