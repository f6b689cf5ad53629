package org.dateline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.dateline.TestPaths;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.OutletRegistry;
import org.dateline.reliability.IndexProbe;
import org.dateline.reliability.SyntheticCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Periodic commits, resuming after a crash, a full disk and a failing merge, in one process: the
 * crash is simulated by stopping the run right after a commit, the disk by a capped directory.
 * What the index holds is read back independently ({@link IndexProbe}) and compared with a clean
 * build of the same files.
 */
class CrashResumeTest {
  static final int FILES = 3;
  static final int PER_FILE = 300;
  static final CommitPolicy EVERY_100 = new CommitPolicy(100, Duration.ZERO);

  @TempDir Path dir;
  Path corpus;

  @BeforeEach
  void corpus() throws IOException {
    corpus = SyntheticCorpus.write(dir.resolve("news"), FILES, PER_FILE, 30, 7);
  }

  /** Stands for a crash: thrown from the progress listener right after a chosen commit is durable. */
  static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** Counts commits and resumes, and crashes after the {@code crashAfter}-th commit (0: never). */
  static final class Listener implements IngestProgress {
    final int crashAfter;
    final List<Checkpoint> commits = new ArrayList<>();
    long resumed;

    Listener(int crashAfter) {
      this.crashAfter = crashAfter;
    }

    @Override
    public void update(Progress progress) {}

    @Override
    public void committed(Checkpoint done) {
      commits.add(done);
      if (commits.size() == crashAfter) {
        throw new Crash();
      }
    }

    @Override
    public void resuming(long records) {
      resumed = records;
    }
  }

  ArticleIndexer open(Path index) throws IOException {
    return ArticleIndexer.open(index, ActorRegistry.load(TestPaths.testConfig()), OutletRegistry.empty(), null);
  }

  IndexReport run(Path index, CommitPolicy policy, IngestProgress listener) throws IOException {
    try (ArticleIndexer indexer = open(index)) {
      return indexer.index(List.of(IngestSource.ofPath(corpus, null)), options(listener), policy);
    }
  }

  static IngestOptions options(IngestProgress listener) {
    return new IngestOptions(false, -1, IngestOptions.DEFAULT_MAX_BODY_CHARS, r -> { }, listener);
  }

  IndexProbe cleanBuild() throws IOException {
    run(dir.resolve("clean"), CommitPolicy.AT_END, p -> { });
    return IndexProbe.of(dir.resolve("clean"));
  }

  @Test
  void aRunCommitsEveryNRecordsAndRecordsItsProgress() throws IOException {
    Listener l = new Listener(0);
    run(dir.resolve("index"), EVERY_100, l);
    // 900 records: commits after 100, 200, ..., 900 records, then the final commit.
    assertEquals(List.of(100L, 200L, 300L, 400L, 500L, 600L, 700L, 800L, 900L, 900L),
        l.commits.stream().map(Checkpoint::records).toList());
    IndexProbe done = IndexProbe.of(dir.resolve("index"));
    assertFalse(done.userData().containsKey(ArticleFields.COMMIT_INGEST_RECORDS), "a finished run leaves no progress");
    assertEquals(FILES * PER_FILE, done.count());
  }

  @Test
  void aRerunAfterACrashResumesAndEndsWithTheArticlesOfACleanBuild() throws IOException {
    IndexProbe clean = cleanBuild();
    Path index = dir.resolve("index");
    assertThrows(Crash.class, () -> run(index, EVERY_100, new Listener(4)));
    IndexProbe crashed = IndexProbe.of(index);
    assertTrue(crashed.clean(), crashed.checkOutput());
    assertEquals(400, crashed.count());
    assertEquals("400", crashed.userData().get(ArticleFields.COMMIT_INGEST_RECORDS));

    Listener again = new Listener(0);
    IndexReport report = run(index, EVERY_100, again);
    assertEquals(400, again.resumed);
    assertEquals(400, report.unchanged(), "the committed records are passed over");
    assertEquals(500, report.added(), "only the rest is analysed and written");
    IndexProbe resumed = IndexProbe.of(index);
    assertEquals(clean.articles(), resumed.articles());
    assertFalse(resumed.userData().containsKey(ArticleFields.COMMIT_INGEST_RUN));
  }

  @Test
  void changedFilesAreNotResumedButTheRerunStillEndsClean() throws IOException {
    Path index = dir.resolve("index");
    assertThrows(Crash.class, () -> run(index, EVERY_100, new Listener(2)));
    Files.writeString(corpus.resolve("part-000.jsonl"), "{\"id\":\"late\",\"date\":\"2025-01-01\",\"text\":\"Late news.\"}\n",
        java.nio.file.StandardOpenOption.APPEND);
    Listener again = new Listener(0);
    IndexReport report = run(index, EVERY_100, again);
    assertEquals(0, again.resumed);
    assertEquals(200, report.unchanged(), "the committed articles are found unchanged by their content hash");
    assertEquals(cleanBuild().articles(), IndexProbe.of(index).articles());
  }

  @Test
  void aFullDiskStopsWithThePathAndTheLastGoodCommitAndARerunCompletes() throws IOException {
    IndexProbe clean = cleanBuild();
    long size = 0;
    try (FSDirectory d = FSDirectory.open(dir.resolve("clean"))) {
      for (String f : d.listAll()) {
        size += d.fileLength(f);
      }
    }
    Path index = dir.resolve("index");
    Files.createDirectories(index);
    IndexWriteException e;
    try (FaultyDirectory small = new FaultyDirectory(FSDirectory.open(index), size / 2, false);
        ArticleIndexer indexer = ArticleIndexer.open(index, small, ActorRegistry.load(TestPaths.testConfig()),
            OutletRegistry.empty(), null)) {
      e = assertThrows(IndexWriteException.class,
          () -> indexer.index(List.of(IngestSource.ofPath(corpus, null)), options(p -> { }), EVERY_100));
    }
    Checkpoint last = e.lastGood();
    assertTrue(last.generation() > 0 && last.articles() > 0 && last.articles() < FILES * PER_FILE, last.toString());
    assertEquals(index + ": disk full (No space left on device); the last good commit (generation " + last.generation()
        + ", " + String.format(java.util.Locale.ROOT, "%,d", last.articles())
        + " articles) is intact; free space and re-run to resume", e.getMessage());
    IndexProbe kept = IndexProbe.of(index);
    assertTrue(kept.clean(), kept.checkOutput());
    assertEquals(last.generation(), kept.generation());
    assertEquals(last.articles(), kept.count());

    Listener again = new Listener(0);
    run(index, EVERY_100, again);
    assertEquals(last.records(), again.resumed);
    assertEquals(clean.articles(), IndexProbe.of(index).articles());
  }

  @Test
  void aFailedMergeStopsTheRunWithItsRootCause() throws IOException {
    Path index = dir.resolve("index");
    Files.createDirectories(index);
    try (FaultyDirectory failing = new FaultyDirectory(FSDirectory.open(index), Long.MAX_VALUE, true);
        ArticleIndexer indexer = ArticleIndexer.open(index, failing, ActorRegistry.load(TestPaths.testConfig()),
            OutletRegistry.empty(), null)) {
      // A commit every 20 records makes a segment each time; after ten of them Lucene merges.
      IndexWriteException e = assertThrows(IndexWriteException.class, () -> indexer.index(
          List.of(IngestSource.ofPath(corpus, null)), options(p -> { }), new CommitPolicy(20, Duration.ZERO)));
      assertTrue(e.getMessage().startsWith(index + ": cannot write the index (injected I/O error writing merged file _"),
          e.getMessage());
      assertFalse(e.getMessage().contains("IndexWriter is closed"), e.getMessage());
    }
    IndexProbe kept = IndexProbe.of(index);
    assertTrue(kept.clean(), kept.checkOutput());
  }
}
