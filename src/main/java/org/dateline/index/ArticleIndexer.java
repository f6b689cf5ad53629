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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dateline.corpus.CorpusWalker;
import org.dateline.extract.ActorMatcher;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.OutletRegistry;

/**
 * Indexes corpora into an index folder: reads every file, extracts each article, and adds,
 * updates or skips it by id and content hash, so that indexing the same files twice creates no
 * duplicate and re-analyses nothing. With {@code prune}, articles of the ingested corpora that the
 * run did not read are deleted. Everything becomes visible in one commit at the end; a failed or
 * aborted run commits nothing. One instance holds the index's write lock until {@link #close()}.
 */
public final class ArticleIndexer implements Closeable {
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
    Directory dir = FSDirectory.open(indexDir);
    IndexWriter writer;
    try {
      IndexWriterConfig config = new IndexWriterConfig(Analyzers.text());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      // Only an explicit commit publishes articles: a failed run leaves the last commit as it was.
      config.setCommitOnClose(false);
      writer = new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IndexLockedException(indexDir.toString(), e);
    }
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
   * Ingests {@code sources} in order, prunes if asked, commits, and reports.
   *
   * @throws java.nio.file.NoSuchFileException when a root does not exist (before anything is written)
   * @throws IngestAbortedException when more rejections occur than {@code options.maxErrors()} allows
   */
  public IndexReport index(List<IngestSource> sources, IngestOptions options) throws IOException {
    IngestRun run = new IngestRun(writer, existing, outlets, new ActorMatcher(registry), registry.hash(), options);
    Map<IngestSource, List<CorpusWalker.PlannedFile>> plans = new java.util.LinkedHashMap<>();
    for (IngestSource s : sources) {
      List<CorpusWalker.PlannedFile> plan = CorpusWalker.plan(s.roots());
      plans.put(s, plan);
      run.filesTotal += plan.size();
      run.bytesTotal += plan.stream().mapToLong(CorpusWalker.PlannedFile::bytes).sum();
    }
    try {
      for (Map.Entry<IngestSource, List<CorpusWalker.PlannedFile>> e : plans.entrySet()) {
        run.startSource(e.getKey());
        new CorpusWalker(run, run, e.getKey().reader()).read(e.getValue());
        if (run.failure != null) {
          throw run.failure;
        }
      }
      if (options.prune()) {
        for (IngestSource s : sources) {
          run.pruned += prune(s.corpus(), run.seenIds);
        }
      }
    } catch (IngestAbortedException e) {
      writer.rollback();
      throw e;
    }
    commit(sources);
    return run.report();
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

  private void commit(List<IngestSource> sources) throws IOException {
    Map<String, String> data = new HashMap<>(existing.commitData());
    data.putAll(ActorApplier.registryCommitData(snapshot, registry));
    data.put(ArticleFields.COMMIT_SCHEMA, ArticleFields.SCHEMA_VERSION);
    String now = Instant.now().toString();
    for (IngestSource s : sources) {
      data.put(ArticleFields.COMMIT_CORPUS_PREFIX + s.corpus(), now);
    }
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
  }

  /** The index folder. */
  public Path indexDir() {
    return indexDir;
  }

  @Override
  public void close() throws IOException {
    try (directory; writer) {
      if (snapshot != null) {
        snapshot.close();
      }
    }
  }
}
