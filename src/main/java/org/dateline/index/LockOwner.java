package org.dateline.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds an index's write lock, for the message a second writer gets. Lucene's lock itself is an
 * operating-system lock on {@code write.lock}, released by the kernel when its process dies however
 * it dies, so a killed writer never blocks the next one; this file only names the holder. It lies
 * in the index folder beside the lock, is written once the lock is held, and removed on close; a
 * file left by a killed process names a process that no longer runs and is ignored.
 */
final class LockOwner {
  /** The file naming the writer, in the index folder; not a Lucene file, so Lucene leaves it alone. */
  static final String FILE = "dateline-writer.lock-owner";

  private LockOwner() {}

  /** Records this process as the writer of {@code indexDir}; a failure to do so is harmless and ignored. */
  static void claim(Path indexDir) {
    ProcessHandle self = ProcessHandle.current();
    String text = "pid=" + self.pid() + "\nhost=" + host() + "\nsince=" + Instant.now() + "\n";
    try {
      Files.writeString(indexDir.resolve(FILE), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Only the lock message loses its detail.
    }
  }

  /** Removes the record if it names this process. */
  static void release(Path indexDir) {
    Map<String, String> owner = read(indexDir);
    if (String.valueOf(ProcessHandle.current().pid()).equals(owner.get("pid"))) {
      try {
        Files.deleteIfExists(indexDir.resolve(FILE));
      } catch (IOException e) {
        // A stale record names a dead process and is ignored by the next reader.
      }
    }
  }

  /** The holder as "pid N on HOST, writing since T", when a live process on this host is recorded. */
  static Optional<String> describe(Path indexDir) {
    Map<String, String> owner = read(indexDir);
    String pid = owner.get("pid");
    if (pid == null || !host().equals(owner.get("host"))) {
      return Optional.empty();
    }
    try {
      if (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
        return Optional.of("pid " + pid + " on " + owner.get("host") + ", writing since " + owner.get("since"));
      }
    } catch (NumberFormatException e) {
      // unreadable record: owner unknown
    }
    return Optional.empty();
  }

  private static Map<String, String> read(Path indexDir) {
    Map<String, String> out = new HashMap<>();
    try {
      for (String line : Files.readAllLines(indexDir.resolve(FILE), StandardCharsets.UTF_8)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          out.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
    } catch (IOException e) {
      // no record
    }
    return out;
  }

  /** The host name without a network lookup (which may hang for seconds where DNS is slow). */
  private static String host() {
    try {
      return Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
    } catch (IOException | RuntimeException e) {
      String env = System.getenv("COMPUTERNAME") != null ? System.getenv("COMPUTERNAME") : System.getenv("HOSTNAME");
      return env != null ? env : "localhost";
    }
  }
}
