package org.dateline.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dateline.corpus.ArticleSink;
import org.dateline.corpus.CorpusWalker;
import org.dateline.corpus.RawArticle;
import org.dateline.corpus.Rejection;
import org.dateline.extract.ActorMatcher;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.Article;
import org.dateline.extract.ArticleExtractor;

/**
 * Indexes corpora into an index folder: reads every file, extracts each article, and adds,
 * updates or skips it by id, so that indexing the same files twice creates no duplicate. One
 * instance holds the index's write lock until {@link #close()}.
 */
public final class ArticleIndexer implements Closeable {
  private final Path indexDir;
  private final Directory directory;
  private final IndexWriter writer;
  private final ExistingArticles existing;
  private final DirectoryReader snapshot;
  private final ArticleExtractor extractor;
  private final InputHash inputHash;
  private final ActorRegistry registry;
  private final FacetsConfig facets = ArticleFields.facetsConfig();

  private ArticleIndexer(Path indexDir, Directory directory, IndexWriter writer, DirectoryReader snapshot,
      ActorRegistry registry, String defaultOutlet) {
    this.indexDir = indexDir;
    this.directory = directory;
    this.writer = writer;
    this.snapshot = snapshot;
    this.existing = new ExistingArticles(snapshot);
    this.registry = registry;
    this.extractor = new ArticleExtractor(new ActorMatcher(registry), defaultOutlet);
    this.inputHash = new InputHash(registry.hash(), String.valueOf(defaultOutlet));
  }

  /**
   * Opens (creating if needed) the index in {@code indexDir} for writing.
   *
   * @param defaultOutlet outlet for articles whose source names none, or null for {@code unknown}
   * @throws IndexLockedException when another process is writing to it
   */
  public static ArticleIndexer open(Path indexDir, ActorRegistry registry, String defaultOutlet) throws IOException {
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
    return new ArticleIndexer(indexDir, dir, writer, snapshot, registry, defaultOutlet);
  }

  /** Indexes every file under {@code roots}, commits, and reports what happened. */
  public IndexReport index(List<Path> roots) throws IOException {
    long start = System.nanoTime();
    Run run = new Run();
    new CorpusWalker(run, file -> run.files++).walk(roots);
    if (run.failure != null) {
      throw run.failure;
    }
    commit();
    return new IndexReport(run.files, run.added, run.updated, run.unchanged, run.undated, run.skipped,
        run.rejections, run.warnings, Duration.ofNanos(System.nanoTime() - start));
  }

  private void commit() throws IOException {
    Map<String, String> data = new java.util.HashMap<>(ActorApplier.registryCommitData(snapshot, registry));
    data.put(ArticleFields.COMMIT_SCHEMA, ArticleFields.SCHEMA_VERSION);
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

  /** The state of one run; receives articles from the walker. */
  private final class Run implements ArticleSink {
    int files;
    long added;
    long updated;
    long unchanged;
    long undated;
    final TreeMap<String, Long> skipped = new TreeMap<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final Set<String> seenIds = new HashSet<>();
    IOException failure;

    @Override
    public void accept(RawArticle raw) {
      if (failure != null) {
        return;
      }
      if (raw.body() == null || raw.body().isBlank()) {
        reject(new Rejection(raw.source(), raw.location(), "empty", "article has no text"));
        return;
      }
      String id = ArticleExtractor.idOf(raw);
      if (!seenIds.add(id)) {
        reject(new Rejection(raw.source(), raw.location(), "duplicate-id",
            "id '" + id + "' was already read in this run; kept the first"));
        return;
      }
      try {
        long hash = inputHash.of(raw);
        OptionalLong before = existing.hashOf(id);
        if (before.isPresent() && before.getAsLong() == hash) {
          unchanged++;
          return;
        }
        Article article = extractor.extract(raw);
        for (String w : article.warnings()) {
          if (warnings.size() < IndexReport.MAX_DETAILS) {
            warnings.add(raw.source() + (raw.location() == null ? "" : ":" + raw.location()) + ": " + w);
          }
        }
        if (article.undated()) {
          undated++;
        }
        writer.updateDocument(new Term(ArticleFields.ID, id), ArticleFields.toDocument(article, hash, facets));
        if (before.isPresent()) {
          updated++;
        } else {
          added++;
        }
      } catch (IOException e) {
        failure = e;
      }
    }

    @Override
    public void reject(Rejection rejection) {
      skipped.merge(rejection.reason(), 1L, Long::sum);
      if (rejections.size() < IndexReport.MAX_DETAILS) {
        rejections.add(rejection);
      }
    }
  }
}
