package org.dateline.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Runs {@code dateline index} as a child process and kills it with SIGKILL at seeded random moments:
 * at a random time, while it commits (right after it says "committing"), or just after a commit
 * (when merges start). After each kill the index must pass Lucene's CheckIndex and hold exactly
 * the last commit the child acknowledged (or the one it was making), never fewer articles than
 * before, and the next run must get the write lock, resume and, in the end, hold exactly the
 * articles of a clean build. A run that finishes before its kill starts a fresh index.
 */
public final class KillHarness {
  private static final Pattern COMMIT = Pattern.compile(
      "dateline: (committing|committed)(?: generation (\\d+))? \\((\\d+) articles, (\\d+) records read\\)");
  private static final Set<String> OWN_FILES = Set.of("write.lock", "dateline-writer.lock-owner");

  /**
   * What a harness run survived.
   *
   * @param kills children killed
   * @param inCommit kills that landed between "committing" and "committed"
   * @param withUnfinishedFiles kills that left files of a flush or merge the last commit does not name
   * @param landedOnPending kills after which the index held the commit in progress (durable, not yet acknowledged)
   * @param completions runs that finished (each compared with the clean build)
   * @param resumes runs that resumed an interrupted one
   * @param articlesLost articles acknowledged and then missing (must be 0)
   */
  public record Figures(int kills, int inCommit, int withUnfinishedFiles, int landedOnPending, int completions, int resumes,
      long articlesLost) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d kills survived (%d during a commit, %d with a flush or merge unfinished, %d just "
          + "after a commit became durable), %d runs completed to the full set, %d resumed, %d articles lost",
          kills, inCommit, withUnfinishedFiles, landedOnPending, completions, resumes, articlesLost);
    }
  }

  private record Ack(long generation, long articles) {}

  private final Path work;
  private final Path corpus;
  private final Path config;
  private final IndexProbe reference;
  private final Random random;
  private final int commitEvery;
  private long typicalRunMillis = 3000;
  private int indexes;

  /**
   * @param reference the clean build of {@code corpus} every finished run must equal
   * @param commitEvery the child's {@code --commit-every}
   */
  public KillHarness(Path work, Path corpus, Path config, IndexProbe reference, long seed, int commitEvery) {
    this.work = work;
    this.corpus = corpus;
    this.config = config;
    this.reference = reference;
    this.random = new Random(seed);
    this.commitEvery = commitEvery;
  }

  /** Kills {@code kills} children, checking the index after each, then runs to completion; throws on any violation. */
  public Figures run(int kills) throws IOException, InterruptedException {
    int done = 0;
    int inCommit = 0;
    int unfinished = 0;
    int pendingLanded = 0;
    int completions = 0;
    int resumes = 0;
    Path index = freshIndex();
    Ack acked = new Ack(0, 0);
    while (done < kills) {
      int strategy = random.nextInt(10);
      DatelineProcess child = DatelineProcess.start(command(index));
      long started = System.nanoTime();
      boolean killed = child.killWhen(strategy < 5 ? "time" : strategy < 8 ? "committing" : "committed",
          strategy < 5 ? 100 + random.nextInt((int) typicalRunMillis) : strategy < 8 ? random.nextInt(40) : random.nextInt(5),
          random.nextInt(1 + (int) Math.max(1, 2 * 2000L / Math.max(1, commitEvery))));
      List<String> lines = child.drain();
      resumes += lines.stream().anyMatch(l -> l.startsWith("dateline: resuming")) ? 1 : 0;
      if (!killed) {
        require(child.exitCode() == 0, "child exited " + child.exitCode() + ": " + lines);
        typicalRunMillis = Math.max(1000, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        IndexProbe complete = IndexProbe.of(index);
        require(complete.clean(), complete.checkOutput());
        require(complete.articles().equals(reference.articles()), "finished run differs from the clean build");
        completions++;
        index = freshIndex();
        acked = new Ack(0, 0);
        continue;
      }
      done++;
      Ack last = acked;
      Ack pending = null;
      for (String line : lines) {
        Matcher m = COMMIT.matcher(line);
        if (m.find()) {
          if (m.group(1).equals("committed")) {
            last = new Ack(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
            pending = null;
          } else {
            pending = new Ack(-1, Long.parseLong(m.group(3)));
          }
        }
      }
      inCommit += pending != null ? 1 : 0;
      if (!hasCommit(index)) {
        require(last.generation() == 0, "no commit on disk after generation " + last.generation() + " was acknowledged");
        acked = last;
        continue;
      }
      IndexProbe probe = IndexProbe.of(index);
      require(probe.clean(), "CheckIndex after kill " + done + ": " + probe.checkOutput());
      boolean onLast = probe.generation() == last.generation() && probe.count() == last.articles();
      boolean onPending = pending != null && probe.generation() > last.generation() && probe.count() == pending.articles();
      require(onLast || onPending, String.format(Locale.ROOT, "kill %d: index holds generation %d with %d articles; "
          + "acknowledged generation %d with %d articles, pending %s", done, probe.generation(), probe.count(),
          last.generation(), last.articles(), pending));
      require(probe.count() >= acked.articles(), "articles lost: " + acked.articles() + " -> " + probe.count());
      pendingLanded += onPending ? 1 : 0;
      unfinished += unfinishedFiles(index, probe) ? 1 : 0;
      acked = new Ack(probe.generation(), probe.count());
    }
    DatelineProcess last = DatelineProcess.start(command(index));
    require(!last.killWhen("never", 0, 0) && last.exitCode() == 0, "final run failed: " + last.drain());
    IndexProbe complete = IndexProbe.of(index);
    require(complete.clean() && complete.articles().equals(reference.articles()), "final run differs from the clean build");
    return new Figures(done, inCommit, unfinished, pendingLanded, completions + 1, resumes, 0);
  }

  private static boolean hasCommit(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (var dir = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  private Path freshIndex() {
    return work.resolve("index-" + indexes++);
  }

  private List<String> command(Path index) {
    return DatelineProcess.command("256m", "index", corpus.toString(), "--index", index.toString(), "--config",
        config.toString(), "--commit-every", Integer.toString(commitEvery), "--commit-interval", "0", "-q", "-v");
  }

  /** True when the folder holds index files the last commit does not name: a flush or merge was cut short. */
  private static boolean unfinishedFiles(Path index, IndexProbe probe) throws IOException {
    Set<String> named;
    try (var dir = FSDirectory.open(index); var reader = DirectoryReader.open(dir)) {
      named = Set.copyOf(reader.getIndexCommit().getFileNames());
    }
    try (Stream<Path> files = Files.list(index)) {
      return files.map(p -> p.getFileName().toString()).anyMatch(f -> !named.contains(f) && !OWN_FILES.contains(f));
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }
}
