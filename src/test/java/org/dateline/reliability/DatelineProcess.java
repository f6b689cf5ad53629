package org.dateline.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@code dateline} child process (the real entry point, in its own JVM) and the lines of its stderr, read as they come. */
public final class DatelineProcess {
  private final Process process;
  private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;

  /** The command that runs {@code dateline ARGS} in a JVM with {@code heap} of heap, on this test run's class path. */
  public static List<String> command(String heap, String... args) {
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx" + heap,
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), "org.dateline.cli.Main"));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** The process's id. */
  long pid() {
    return process.pid();
  }

  /** Waits for the first line starting with {@code prefix}; false when the process ended first. */
  public boolean awaitLine(String prefix) throws InterruptedException {
    while (true) {
      String line = queue.poll(50, TimeUnit.MILLISECONDS);
      if (line != null) {
        lines.add(line);
        if (line.startsWith(prefix)) {
          return true;
        }
      } else if (!process.isAlive()) {
        return false;
      }
    }
  }

  /** The last line {@link #awaitLine} read. */
  public String lastLine() {
    return lines.isEmpty() ? null : lines.get(lines.size() - 1);
  }

  /**
   * Asks the process to stop with SIGTERM, as a service manager does. Through its handle, since
   * {@code Process.destroy()} also closes the pipes and the lines it writes while stopping would be lost.
   */
  public void terminate() {
    process.toHandle().destroy();
  }

  /** True while the process runs. */
  public boolean alive() {
    return process.isAlive();
  }

  /** Kills the process with SIGKILL and waits for it to be gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  private DatelineProcess(Process process) {
    this.process = process;
    this.reader = Thread.ofVirtual().start(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          queue.add(line);
        }
      } catch (IOException e) {
        // the pipe closes when the child is killed: the lines read so far are all there is
      }
    });
  }

  public static DatelineProcess start(List<String> command) throws IOException {
    return new DatelineProcess(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
  }

  /**
   * Kills the child with SIGKILL {@code delayMillis} after the {@code skip}+1-th line starting with
   * "dateline: {@code trigger}", or {@code delayMillis} after start for "time"; returns false when it
   * exited by itself first.
   */
  boolean killWhen(String trigger, long delayMillis, int skip) throws InterruptedException {
    long deadline = trigger.equals("time") ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis) : Long.MAX_VALUE;
    int seen = 0;
    while (true) {
      long wait = deadline == Long.MAX_VALUE ? 50 : Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
      String line = queue.poll(Math.min(wait, 50), TimeUnit.MILLISECONDS);
      if (line != null) {
        lines.add(line);
        if (line.startsWith("dateline: " + trigger) && seen++ >= skip) {
          deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis);
        }
      } else if (!process.isAlive()) {
        process.waitFor();
        return false;
      }
      if (System.nanoTime() >= deadline) {
        process.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no finally block runs
        process.waitFor();
        return true;
      }
    }
  }

  /** Every line the child wrote, once it is gone. */
  public List<String> drain() throws InterruptedException {
    process.waitFor();
    reader.join(10_000);
    queue.drainTo(lines);
    return lines;
  }

  public int exitCode() {
    return process.exitValue();
  }
}
