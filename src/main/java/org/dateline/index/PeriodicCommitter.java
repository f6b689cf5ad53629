package org.dateline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.dateline.corpus.CorpusWalker;

/**
 * Commits a long ingest as it goes and lets a re-run resume where a crashed one stopped. Every
 * record the walker delivers is counted in plan order; each periodic commit stores that count and
 * the key of the run's inputs in the commit's user data. A re-run whose inputs have the same key
 * replays the committed records cheaply (their ids are noted, nothing is analysed or written) and
 * carries on from there; with another key it is a normal incremental run, which skips unchanged
 * articles by content hash. Either way it ends with the articles of a clean build.
 *
 * <p>Lucene makes each commit atomic (a new {@code segments_N} is written and synced last), so a
 * crash at any moment leaves the previous commit intact; this class only decides when to commit
 * and what to record.
 */
final class PeriodicCommitter {
  private final IndexWriter writer;
  private final Directory directory;
  private final CommitPolicy policy;
  private final Map<String, String> baseData;
  private final String runKey;
  private final long resumeAfter;
  private final IngestProgress listener;

  private long records;
  private long sinceCommit;
  private long lastCommitNanos = System.nanoTime();
  private Checkpoint lastGood;

  /**
   * @param baseData the user data every commit of the run carries (registry hash, schema, corpora)
   * @param previous the user data of the commit the run starts from
   * @param lastGood the commit the run starts from
   */
  PeriodicCommitter(IndexWriter writer, Directory directory, CommitPolicy policy, Map<String, String> baseData,
      String runKey, Map<String, String> previous, Checkpoint lastGood, IngestProgress listener) {
    this.writer = writer;
    this.directory = directory;
    this.policy = policy;
    this.baseData = Map.copyOf(baseData);
    this.runKey = runKey;
    this.listener = listener;
    this.lastGood = lastGood;
    String records = previous.get(ArticleFields.COMMIT_INGEST_RECORDS);
    this.resumeAfter = runKey.equals(previous.get(ArticleFields.COMMIT_INGEST_RUN)) && records != null
        ? Long.parseLong(records) : 0;
    if (resumeAfter > 0) {
      listener.resuming(resumeAfter);
    }
  }

  /** True while the current record lies in the part an interrupted run already committed. */
  boolean replaying() {
    return records < resumeAfter;
  }

  /** Work to finish before a commit: the records counted as done must all be in the writer. */
  interface BeforeCommit {
    /** Finishes that work. */
    void run() throws IOException;
  }

  /** Counts one record as done; commits when the policy says so (never while replaying). */
  void recordDone() throws IOException {
    recordDone(() -> { });
  }

  /** Counts one record as done; when the policy says so, runs {@code before} (indexing still in flight) and commits. */
  void recordDone(BeforeCommit before) throws IOException {
    records++;
    if (records <= resumeAfter) {
      return;
    }
    sinceCommit++;
    if (policy.due(sinceCommit, System.nanoTime() - lastCommitNanos)) {
      before.run();
      Map<String, String> data = new HashMap<>(baseData);
      data.put(ArticleFields.COMMIT_INGEST_RUN, runKey);
      data.put(ArticleFields.COMMIT_INGEST_RECORDS, Long.toString(records));
      commit(data, false);
    }
  }

  /** The run's last commit: {@code extra} added to the base data, the progress keys dropped. */
  void finish(Map<String, String> extra) throws IOException {
    Map<String, String> data = new HashMap<>(baseData);
    data.putAll(extra);
    data.remove(ArticleFields.COMMIT_INGEST_RUN);
    data.remove(ArticleFields.COMMIT_INGEST_RECORDS);
    commit(data, true);
  }

  /** The last commit known to be durable: the one the run started from, or its own latest. */
  Checkpoint lastGood() {
    return lastGood;
  }

  private void commit(Map<String, String> data, boolean last) throws IOException {
    writer.setLiveCommitData(data.entrySet());
    listener.committing(new Checkpoint(lastGood.generation() + 1, writer.getDocStats().numDocs, records, last));
    writer.commit();
    lastGood = new Checkpoint(SegmentInfos.getLastCommitGeneration(directory), writer.getDocStats().numDocs, records, last);
    listener.committed(lastGood);
    sinceCommit = 0;
    lastCommitNanos = System.nanoTime();
  }

  /**
   * The key of a run's inputs: every source's settings and roots, every planned file's name and
   * size, the modification time of every file under the roots, and the settings that shape
   * articles. Equal keys mean the run would read the same records in the same order.
   */
  static String runKey(List<IngestSource> sources, List<List<CorpusWalker.PlannedFile>> plans, String shaping) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder sb = new StringBuilder(shaping).append('\u0000');
    for (int i = 0; i < sources.size(); i++) {
      IngestSource s = sources.get(i);
      sb.append(s.corpus()).append('\u0000').append(s.settings()).append('\u0000').append(s.defaultLang()).append('\u0000');
      for (CorpusWalker.Root root : s.roots()) {
        sb.append(root.name()).append('\u0000').append(root.path()).append('\u0000');
        modificationTimes(root.path(), sb);
      }
      for (CorpusWalker.PlannedFile f : plans.get(i)) {
        sb.append(f.file().name()).append('\u0000').append(f.bytes()).append('\u0000');
      }
      md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
      sb.setLength(0);
    }
    return HexFormat.of().formatHex(md.digest(), 0, 16);
  }

  private static void modificationTimes(Path root, StringBuilder sb) {
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile).sorted().forEach(f -> {
        try {
          sb.append(f).append('@').append(Files.getLastModifiedTime(f).toMillis()).append('\u0000');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      sb.append(java.util.UUID.randomUUID()); // a key that cannot be built fully matches no other run's
    }
  }
}
