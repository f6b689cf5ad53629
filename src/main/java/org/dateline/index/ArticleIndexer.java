package org.dateline.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dateline.corpus.CorpusWalker;
import org.dateline.extract.ActorMatcher;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.OutletRegistry;

/**
 * Indexes corpora into an index folder: reads every file, extracts each article, and adds,
 * updates or skips it by id and content hash, so that indexing the same files twice creates no
 * duplicate and re-analyses nothing. With {@code prune}, articles of the ingested corpora that the
 * run did not read are deleted. Articles become visible when the run commits: at its end, and with
 * a {@link CommitPolicy} also periodically, each commit recording how far the run got so that a
 * re-run after a crash resumes there ({@link PeriodicCommitter}). A failed run keeps its last
 * commit. One instance holds the index's write lock until {@link #close()}.
 */
public final class ArticleIndexer implements Closeable {
  private static final double RAM_BUFFER_MB = 128;
  /**
   * Segments below this size count as this size when the merge policy plans merges (Lucene's
   * default: 16 MB). Each periodic commit flushes small segments (about 20 MB per 25,000 articles),
   * which the default floor leaves alone: a 1M-article ingest ended with 12 segments, and every
   * query pays a lookup and set-up per segment. With this floor and {@link #settleMerges} together
   * the same ingest ends with 5 segments, and a term query runs in 0.65 instead of 0.81 ms; the
   * floor alone was not enough, as merges still running at the end were dropped (BENCHMARKS.md).
   */
  private static final double FLOOR_SEGMENT_MB = 128;
  private final Path indexDir;
  private final Directory directory;
  private final IndexWriter writer;
  private final ExistingArticles existing;
  private final DirectoryReader snapshot;
  private final ActorRegistry registry;
  private final OutletRegistry outlets;
  private final String defaultOutlet;

  private ArticleIndexer(Path indexDir, Directory directory, IndexWriter writer, DirectoryReader snapshot,
      ActorRegistry registry, OutletRegistry outlets, String defaultOutlet) {
    this.indexDir = indexDir;
    this.directory = directory;
    this.writer = writer;
    this.snapshot = snapshot;
    this.existing = new ExistingArticles(snapshot);
    this.registry = registry;
    this.outlets = outlets;
    this.defaultOutlet = defaultOutlet;
  }

  /**
   * Opens (creating if needed) the index in {@code indexDir} for writing, with no outlet registry.
   *
   * @param defaultOutlet outlet for articles whose source names none (for {@link #index(List)}), or null
   * @throws IndexLockedException when another process is writing to it
   */
  public static ArticleIndexer open(Path indexDir, ActorRegistry registry, String defaultOutlet) throws IOException {
    return open(indexDir, registry, OutletRegistry.empty(), defaultOutlet);
  }

  /**
   * Opens (creating if needed) the index in {@code indexDir} for writing.
   *
   * @param outlets the outlet registry that normalises outlet names
   * @param defaultOutlet outlet for articles whose source names none (for {@link #index(List)}), or null
   * @throws IndexLockedException when another process is writing to it
   */
  public static ArticleIndexer open(Path indexDir, ActorRegistry registry, OutletRegistry outlets, String defaultOutlet)
      throws IOException {
    Files.createDirectories(indexDir);
    return open(indexDir, IndexDirectory.open(indexDir), registry, outlets, defaultOutlet);
  }

  /** Opens the index in {@code dir} (the folder {@code indexDir}, possibly wrapped, as tests do to simulate a full disk). */
  static ArticleIndexer open(Path indexDir, Directory dir, ActorRegistry registry, OutletRegistry outlets,
      String defaultOutlet) throws IOException {
    IndexWriter writer;
    try {
      IndexWriterConfig config = new IndexWriterConfig(Analyzers.text());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      // Only an explicit commit publishes articles: a failed run leaves the last commit as it was.
      config.setCommitOnClose(false);
      // Larger flushed segments mean less flushing and merging than Lucene's default 16 MB, and
      // stay well inside a 512 MB heap with the articles in flight.
      config.setRAMBufferSizeMB(RAM_BUFFER_MB);
      config.setMergeScheduler(new QuietMergeScheduler());
      config.setMergePolicy(new TieredMergePolicy().setFloorSegmentMB(FLOOR_SEGMENT_MB));
      writer = new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IndexLockedException(indexDir.toString(), LockOwner.describe(indexDir).orElse(null), e);
    }
    try {
      // After the lock, not before: reading the commit loads the codecs, and a second writer is refused first.
      IndexDirectory.checkBeforeWriting(indexDir, dir);
    } catch (IncompatibleIndexException e) {
      writer.rollback();
      dir.close();
      throw e;
    }
    LockOwner.claim(indexDir);
    DirectoryReader snapshot = DirectoryReader.indexExists(dir) ? DirectoryReader.open(dir) : null;
    return new ArticleIndexer(indexDir, dir, writer, snapshot, registry, outlets, defaultOutlet);
  }

  /** Indexes every file under {@code roots} (formats by extension, each root its own corpus), commits, and reports. */
  public IndexReport index(List<Path> roots) throws IOException {
    List<IngestSource> sources = new ArrayList<>();
    for (Path root : roots) {
      sources.add(IngestSource.ofPath(root, defaultOutlet));
    }
    return index(sources, IngestOptions.DEFAULT);
  }

  /**
   * Ingests {@code sources} in order, prunes if asked, commits, and reports; commits only at the end.
   *
   * @throws java.nio.file.NoSuchFileException when a root does not exist (before anything is written)
   * @throws IngestAbortedException when more rejections occur than {@code options.maxErrors()} allows
   */
  public IndexReport index(List<IngestSource> sources, IngestOptions options) throws IOException {
    return index(sources, options, CommitPolicy.AT_END);
  }

  /**
   * Ingests {@code sources} in order, committing as {@code commits} says and once more at the end,
   * prunes if asked, and reports. A run that follows an interrupted one with the same inputs resumes
   * after its last commit. With {@code options.maxErrors()} set, commits come only at the end, so an
   * aborted run commits nothing.
   *
   * @throws java.nio.file.NoSuchFileException when a root does not exist (before anything is written)
   * @throws IngestAbortedException when more rejections occur than {@code options.maxErrors()} allows
   * @throws IndexWriteException when the index cannot be written (disk full, I/O error, out of memory)
   */
  public IndexReport index(List<IngestSource> sources, IngestOptions options, CommitPolicy commits) throws IOException {
    try (IngestRun run = new IngestRun(writer, existing, outlets, new ActorMatcher(registry), registry.hash(), options,
        OrderedPipeline.defaultThreads())) {
      return index(sources, options, commits, run);
    }
  }

  private IndexReport index(List<IngestSource> sources, IngestOptions options, CommitPolicy commits, IngestRun run)
      throws IOException {
    Map<IngestSource, List<CorpusWalker.PlannedFile>> plans = new java.util.LinkedHashMap<>();
    for (IngestSource s : sources) {
      List<CorpusWalker.PlannedFile> plan = CorpusWalker.plan(s.roots());
      plans.put(s, plan);
      run.filesTotal += plan.size();
      run.bytesTotal += plan.stream().mapToLong(CorpusWalker.PlannedFile::bytes).sum();
    }
    String runKey = PeriodicCommitter.runKey(sources, List.copyOf(plans.values()),
        registry.hash() + '\u0000' + outlets.hash() + '\u0000' + options.maxBodyChars());
    PeriodicCommitter committer = new PeriodicCommitter(writer, directory, options.maxErrors() >= 0 ? CommitPolicy.AT_END : commits,
        baseCommitData(), runKey, existing.commitData(), startingPoint(), options.progress());
    run.commitThrough(committer);
    try {
      ingest(run, plans, sources, options);
      String now = Instant.now().toString();
      Map<String, String> corpora = new HashMap<>();
      for (IngestSource s : sources) {
        corpora.put(ArticleFields.COMMIT_CORPUS_PREFIX + s.corpus(), now);
      }
      run.flush();
      committer.finish(corpora);
      settleMerges();
    } catch (IngestAbortedException e) {
      run.close();
      writer.rollback();
      throw e;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      run.close();
      throw WriteFailure.of(e, writer, indexDir, committer.lastGood());
    }
    return run.report();
  }

  private void ingest(IngestRun run, Map<IngestSource, List<CorpusWalker.PlannedFile>> plans, List<IngestSource> sources,
      IngestOptions options) throws IOException {
    for (Map.Entry<IngestSource, List<CorpusWalker.PlannedFile>> e : plans.entrySet()) {
      run.startSource(e.getKey());
      new CorpusWalker(run, run, e.getKey().reader()).read(e.getValue());
      run.drain();
      if (run.failure != null) {
        throw run.failure;
      }
    }
    if (options.prune()) {
      for (IngestSource s : sources) {
        run.pruned += prune(s.corpus(), run.seenIds);
      }
    }
  }

  private Map<String, String> baseCommitData() throws IOException {
    Map<String, String> data = new HashMap<>(existing.commitData());
    data.putAll(ActorApplier.registryCommitData(snapshot, registry));
    data.put(ArticleFields.COMMIT_SCHEMA, ArticleFields.SCHEMA_VERSION);
    return data;
  }

  private Checkpoint startingPoint() throws IOException {
    return snapshot == null ? new Checkpoint(0, 0, 0, true)
        : new Checkpoint(snapshot.getIndexCommit().getGeneration(), snapshot.numDocs(), 0, true);
  }

  private long prune(String corpus, LongSet seen) throws IOException {
    List<String> gone = new ArrayList<>();
    existing.forEachIdOf(corpus, id -> {
      if (!seen.contains(Fingerprint.of(id))) {
        gone.add(id);
      }
    });
    for (String id : gone) {
      writer.deleteDocuments(new Term(ArticleFields.ID, id));
    }
    return gone.size();
  }

  /**
   * Lucene's merge scheduler, except that a failed merge is not printed as a stack trace by the merge
   * thread: the writer keeps it as its fatal error, and the run reports it once, with the last good
   * commit (see {@link WriteFailure}).
   */
  private static final class QuietMergeScheduler extends ConcurrentMergeScheduler {
    @Override
    protected void handleMergeException(Throwable exc) {
      // reported by the ingest through IndexWriter.getTragicException()
    }
  }

  /**
   * Lets the merges the policy still wants run to the end and publishes the merged segments in one
   * more commit. The run's articles are already durable in the commit before, which stands if this
   * one fails; this one only changes how they are laid out. Without it, closing the writer dropped
   * the merges still running, and a 1M-article ingest ended with 10 small segments that every query
   * pays for (BENCHMARKS.md).
   */
  private void settleMerges() throws IOException {
    writer.maybeMerge();
    ((ConcurrentMergeScheduler) writer.getConfig().getMergeScheduler()).sync();
    writer.commit();
  }

  /** The index folder. */
  public Path indexDir() {
    return indexDir;
  }

  @Override
  public void close() throws IOException {
    LockOwner.release(indexDir);
    try (directory; writer) {
      if (snapshot != null) {
        snapshot.close();
      }
    }
  }
}
