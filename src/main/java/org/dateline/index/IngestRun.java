package org.dateline.index;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.dateline.corpus.ArticleSink;
import org.dateline.corpus.CorpusWalker;
import org.dateline.corpus.RawArticle;
import org.dateline.corpus.Rejection;
import org.dateline.extract.ActorMatcher;
import org.dateline.extract.Article;
import org.dateline.extract.ArticleExtractor;
import org.dateline.extract.DateResolver;
import org.dateline.extract.OutletRegistry;

/**
 * The state of one ingest run: receives articles and rejections from the walker, skips unchanged
 * articles by content hash, normalises dates, outlets and body size, and writes the rest. Counts
 * every outcome for the {@link IndexReport}; remembers the ids it read as 64-bit hashes only.
 */
final class IngestRun implements ArticleSink, CorpusWalker.FileListener, AutoCloseable {
  private final IndexWriter writer;
  private final ExistingArticles existing;
  private final OutletRegistry outlets;
  private final ActorMatcher matcher;
  private final String registryHash;
  private final IngestOptions options;
  private PeriodicCommitter commits;
  private final FacetsConfig facets = ArticleFields.facetsConfig();
  /** Per worker: the analysis an article's actors were found in, which its document then indexes. */
  private final ThreadLocal<SharedAnalysis> analysis = ThreadLocal.withInitial(SharedAnalysis::new);
  private final long start = System.nanoTime();
  private final OrderedPipeline<Stored> pipeline;

  final LongSet seenIds = new LongSet();
  private final LongSet seenTexts = new LongSet();
  private IngestSource source;
  private ArticleExtractor extractor;
  private DateResolver dates;
  private InputHash inputHash;

  int files;
  int filesTotal;
  long bytesDone;
  long bytesTotal;
  long added;
  private long accepted;
  long updated;
  long unchanged;
  long undated;
  long pruned;
  long duplicates;
  long truncated;
  long warningCount;
  final TreeMap<String, Long> skipped = new TreeMap<>();
  final TreeMap<String, Long> unknownOutlets = new TreeMap<>();
  final List<Rejection> rejections = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  IOException failure;

  IngestRun(IndexWriter writer, ExistingArticles existing, OutletRegistry outlets, ActorMatcher matcher,
      String registryHash, IngestOptions options, int threads) {
    this.pipeline = new OrderedPipeline<>(threads, 256 * Math.max(1, threads));
    this.writer = writer;
    this.existing = existing;
    this.outlets = outlets;
    this.matcher = matcher;
    this.registryHash = registryHash;
    this.options = options;
  }

  /** Commits through {@code committer} as records are done, and replays what it says was committed. */
  void commitThrough(PeriodicCommitter committer) {
    this.commits = committer;
  }

  /** Starts reading {@code next}: its outlet, dates and settings apply from now on. */
  void startSource(IngestSource next) {
    this.source = next;
    String outlet = next.defaultOutlet() == null ? null : outlets.resolve(next.defaultOutlet()).id();
    this.extractor = new ArticleExtractor(matcher, outlet);
    this.dates = new DateResolver(next.dates());
    this.inputHash = new InputHash(registryHash, next.settings() + '\u0000' + outlets.hash() + '\u0000' + options.maxBodyChars());
  }

  @Override
  public void fileStarted(CorpusWalker.PlannedFile file) {
    files++;
  }

  @Override
  public void fileDone(CorpusWalker.PlannedFile file) {
    bytesDone += file.bytes();
    progress();
  }

  void progress() {
    options.progress().update(new IngestProgress.Progress(files, filesTotal, bytesDone, bytesTotal, added + updated + unchanged,
        Duration.ofNanos(System.nanoTime() - start)));
  }

  @Override
  public void accept(RawArticle raw) {
    if (failure != null) {
      return;
    }
    boolean replay = commits != null && commits.replaying();
    read(raw, replay);
    try {
      if (commits != null && failure == null) {
        commits.recordDone(this::flush); // articles on workers must be in the writer before a commit
      }
    } catch (IOException e) {
      failure = e;
    }
  }

  /** Handles one record; a replayed one (committed by an interrupted run) only has its id noted. */
  private void read(RawArticle raw, boolean replay) {
    if (blank(raw.body()) && blank(raw.title()) && blank(raw.url()) && blank(raw.date())) {
      reject(new Rejection(raw.source(), raw.location(), "empty", "record has no text, title, url or date"));
      return;
    }
    String id = ArticleExtractor.idOf(raw, source.corpus());
    if (id.length() > 1000) {
      reject(new Rejection(raw.source(), raw.location(), "bad-id", "id of " + id.length() + " characters (at most 1000)"));
      return;
    }
    if (!seenIds.add(Fingerprint.of(id))) {
      // Ids are namespaced by corpus, so this is a true collision inside one corpus: two records, one id.
      reject(new Rejection(raw.source(), raw.location(), "duplicate-id",
          "id '" + id + "' was already read in this run from corpus " + source.corpus() + "; kept the first"));
      return;
    }
    if (replay) {
      unchanged++;
      return;
    }
    try {
      long hash = inputHash.of(raw);
      OptionalLong before = existing.hashOf(id);
      if (before.isPresent() && before.getAsLong() == hash) {
        unchanged++;
      } else {
        write(raw.id() == null ? raw : raw.withId(id), id, hash, before.isPresent());
      }
      if (++accepted % 500 == 0) {
        progress();
      }
    } catch (IOException e) {
      failure = e;
    }
  }

  private void write(RawArticle raw, String id, long hash, boolean existed) throws IOException {
    List<String> notes = new ArrayList<>(2);
    RawArticle r = raw.withDefaultLang(source.defaultLang());
    if (blank(r.body()) && blank(r.title())) {
      // A dated record whose text was lost is still an item of the archive: kept, findable by date.
      notes.add("record has no text; indexed with its metadata only");
    }
    if (r.body() != null && r.body().length() > options.maxBodyChars()) {
      notes.add("body of " + r.body().length() + " characters truncated to " + options.maxBodyChars());
      truncated++;
      r = r.withBody(r.body().substring(0, options.maxBodyChars()));
    }
    DateResolver.Resolved day = dates.resolve(r.date(), r.dateSource(), r.url(), r.source(), r.body());
    r = r.withDate(day.date() == null ? null : day.date().toString(), day.source());
    r = r.withOutlets(normaliseOutlets(r.outlets()));
    String body = r.body() == null ? "" : r.body();
    String group = Fingerprint.duplicateGroup(body.isBlank() ? null : body);
    if (group != null && (!seenTexts.add(Fingerprint.of(group)) || existing.hasDuplicateGroup(group, id))) {
      duplicates++;
    }
    IngestFields extras = new IngestFields(r.moreOutlets().stream().map(o -> o.toLowerCase(java.util.Locale.ROOT)).toList(),
        r.tags(), source.corpus(), group);
    RawArticle ready = r;
    ArticleExtractor extract = extractor;
    // Actor matching, analysis and addDocument run on a worker; what follows runs here, in order.
    pipeline.submit(() -> store(ready, extract, extras, id, hash, existed),
        stored -> written(raw, stored, notes, day, existed));
  }

  /** An article a worker built and wrote, or the reason Lucene refused it. */
  private record Stored(Article article, String refused) {}

  private Stored store(RawArticle raw, ArticleExtractor extract, IngestFields extras, String id, long hash, boolean existed)
      throws IOException {
    SharedAnalysis shared = analysis.get();
    Article article = extract.extract(raw, shared);
    try {
      Document doc = ArticleFields.toDocument(article, extras, hash, facets, shared.title(article.title()),
          shared.body(article.body()));
      if (existed) {
        writer.updateDocument(new Term(ArticleFields.ID, id), doc);
      } else {
        // Not in the index when the run began, and ids are read once per run: nothing to replace.
        // A plain add spares Lucene a delete-by-term per article, looked up in every segment.
        writer.addDocument(doc);
      }
      return new Stored(article, null);
    } catch (IllegalArgumentException e) {
      // Lucene refuses e.g. a keyword over 32 kB; the document is dropped, the writer goes on.
      return new Stored(article, e.getMessage());
    }
  }

  private void written(RawArticle raw, Stored stored, List<String> notes, DateResolver.Resolved day, boolean existed) {
    Article article = stored.article();
    if (day.warning() != null) {
      notes.add(day.warning());
    }
    article.warnings().stream().filter(w -> day.warning() == null || !w.contains("indexed as undated")).forEach(notes::add);
    for (String w : notes) {
      warningCount++;
      if (warnings.size() < IndexReport.MAX_DETAILS) {
        warnings.add(raw.where() + ": " + w);
      }
    }
    if (stored.refused() != null) {
      reject(new Rejection(raw.source(), raw.location(), "unindexable", stored.refused()));
      return;
    }
    if (article.undated()) {
      undated++;
    }
    if (existed) {
      updated++;
    } else {
      added++;
    }
  }

  /**
   * Waits until every article read so far is written and counted, then writes the writer's buffers
   * out as segments, every worker flushing one at a time. A commit would flush them too, but all
   * in the committing thread while the workers wait: JFR showed that serial flush at 13% of the
   * samples of a 100k-article run (a quarter of its wall time on 2 cores).
   */
  void flush() throws IOException {
    pipeline.onEveryWorker(() -> {
      while (writer.flushNextBuffer()) {
        // one buffer (a DocumentsWriterPerThread) per call, the largest not yet taken by another worker
      }
      return null;
    });
  }

  /** Waits until every article read so far is written and counted; a write failure becomes {@link #failure}. */
  void drain() {
    try {
      pipeline.drain();
    } catch (IOException e) {
      failure = e;
    }
  }

  private List<String> normaliseOutlets(List<String> names) {
    List<String> ids = new ArrayList<>(names.size());
    for (String n : names) {
      OutletRegistry.Resolution res = outlets.resolve(n);
      if (!res.known() && (unknownOutlets.containsKey(res.id()) || unknownOutlets.size() < IndexReport.MAX_UNKNOWN_OUTLETS)) {
        unknownOutlets.merge(res.id(), 1L, Long::sum);
      }
      String key = res.id().length() > 200 ? res.id().substring(0, 200) : res.id();
      if (!ids.contains(key)) {
        ids.add(key);
      }
    }
    return ids;
  }

  @Override
  public void reject(Rejection rejection) {
    skipped.merge(rejection.reason(), 1L, Long::sum);
    if (rejections.size() < IndexReport.MAX_DETAILS) {
      rejections.add(rejection);
    }
    options.rejections().accept(rejection);
    long total = skipped.values().stream().mapToLong(Long::longValue).sum();
    if (options.maxErrors() >= 0 && total > options.maxErrors()) {
      throw new IngestAbortedException("stopped after " + total + " rejected files or records (--max-errors "
          + options.maxErrors() + "); last: " + rejection.describe() + "; nothing was committed");
    }
  }

  /** Stops the workers; jobs not yet run are dropped (the run failed or was aborted). */
  @Override
  public void close() {
    pipeline.close();
  }

  /** The report of this run. */
  IndexReport report() {
    return new IndexReport(files, added, updated, unchanged, undated, skipped, rejections, warnings,
        Duration.ofNanos(System.nanoTime() - start), pruned, duplicates, truncated, unknownOutlets, warningCount);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
