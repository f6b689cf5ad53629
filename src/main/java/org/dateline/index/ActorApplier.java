package org.dateline.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.dateline.extract.ActorFacets;
import org.dateline.extract.ActorFingerprints;
import org.dateline.extract.ActorMatcher;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.Article;
import org.dateline.extract.ProperNounRecognizer;
import org.dateline.extract.UnknownNames;

/**
 * Recomputes the actor fields of every indexed article after a registry edit, from the title and
 * body the index stores, without reading any corpus again ({@code dateline actors apply}).
 *
 * <p>The index records a fingerprint of each actor it was built with; the articles an edit can
 * affect ({@link AffectedArticles}) are matched again and compared with the stored ones; only articles
 * whose actor fields changed are rewritten (Lucene cannot update indexed terms in place, so a
 * changed article is rebuilt from its stored fields, as {@link StoredArticle} describes). The run
 * commits once, with the new registry hash, so searches see all of it or none of it.
 */
public final class ActorApplier implements Closeable {
  private final Directory directory;
  private final IndexWriter writer;
  private final DirectoryReader snapshot;
  private final FacetsConfig facets = ArticleFields.facetsConfig();
  /** Documents per task: small enough to spread over the cores, large enough to amortise setup. */
  private static final int CHUNK = 4096;
  /** The fields a pass may change: the registry views and the unknown names. */
  private static final List<String> VIEWS = java.util.stream.Stream.concat(ArticleFields.ACTOR_FIELDS.stream(),
      java.util.stream.Stream.of(ArticleFields.ENTITY)).toList();

  /**
   * What one run did.
   *
   * @param articles live articles in the index
   * @param read articles read and matched again (those an edit can affect, or all)
   * @param changed articles whose actor fields changed and were rewritten
   * @param changedByField how many articles changed in each actor field
   * @param previousHash the registry hash the index had before, or null
   * @param hash the registry hash the index has now
   * @param elapsed wall time
   */
  public record Report(long articles, long read, long changed, Map<String, Long> changedByField, String previousHash, String hash,
      Duration elapsed) {
    /** Copies the map so the record stays immutable. */
    public Report {
      changedByField = Map.copyOf(changedByField);
    }
  }

  private ActorApplier(Directory directory, IndexWriter writer, DirectoryReader snapshot) {
    this.directory = directory;
    this.writer = writer;
    this.snapshot = snapshot;
  }

  /**
   * Opens the existing index in {@code indexDir} for rewriting.
   *
   * @throws IndexLockedException when another process is writing to it
   * @throws java.nio.file.NoSuchFileException when there is no index there
   */
  public static ActorApplier open(Path indexDir) throws IOException {
    Directory dir = IndexDirectory.open(indexDir);
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new java.nio.file.NoSuchFileException(indexDir.toString(), null, "no index");
    }
    try {
      IndexDirectory.checkSchema(indexDir, SegmentInfos.readLatestCommit(dir).getUserData(), false);
    } catch (IncompatibleIndexException e) {
      dir.close();
      throw e;
    }
    IndexWriter writer;
    try {
      IndexWriterConfig config = new IndexWriterConfig(Analyzers.text());
      config.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
      config.setCommitOnClose(false); // a failed run leaves the last commit as it was
      writer = new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IndexLockedException(indexDir.toString(), e);
    }
    return new ActorApplier(dir, writer, DirectoryReader.open(dir));
  }

  /**
   * Matches the articles an edit can affect (every article when {@code all}, or when the index does
   * not record which registry it was built with) against {@code registry}, rewrites those whose
   * actors changed, and commits.
   */
  public Report apply(ActorRegistry registry, boolean all) throws IOException {
    long start = System.nanoTime();
    Map<String, String> userData = new HashMap<>(snapshot.getIndexCommit().getUserData());
    ActorFingerprints before = ActorFingerprints.parse(userData.get(ArticleFields.COMMIT_REGISTRY_ACTORS));
    ActorFingerprints now = ActorFingerprints.of(registry);
    List<int[]> docs = all || before == null ? null : AffectedArticles.find(snapshot, registry, before.changedIds(now));
    ActorMatcher matcher = new ActorMatcher(registry);
    // The unknown names of dateline enrich are kept as they are: only the registry changed.
    Tally total = rewrite(docs, d -> matcher.facets(StoredArticle.matchText(d), StoredArticle.date(d)).withEntity(
        List.of(d.getValues(ArticleFields.ENTITY))));
    String previous = userData.put(ArticleFields.COMMIT_REGISTRY_HASH, registry.hash());
    userData.put(ArticleFields.COMMIT_REGISTRY_ACTORS, now.encode());
    writer.setLiveCommitData(userData.entrySet());
    writer.commit();
    return new Report(snapshot.numDocs(), total.read, total.changed, total.byField, previous, registry.hash(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Fills the {@code entity} field of every English article (stored {@code lang} {@code en}) with
   * the names {@code recognizer} finds that {@code registry} does not cover, leaving the actor
   * fields as stored, and commits ({@code dateline enrich}).
   */
  public Report enrich(ActorRegistry registry, ProperNounRecognizer recognizer) throws IOException {
    long start = System.nanoTime();
    ActorMatcher matcher = new ActorMatcher(registry);
    Tally total = rewrite(null, d -> !"en".equals(d.get(ArticleFields.LANG)) ? null
        : StoredArticle.actors(d).withEntity(UnknownNames.of(StoredArticle.matchText(d), matcher, recognizer)));
    Map<String, String> userData = new HashMap<>(snapshot.getIndexCommit().getUserData());
    writer.setLiveCommitData(userData.entrySet());
    writer.commit();
    String hash = userData.get(ArticleFields.COMMIT_REGISTRY_HASH);
    return new Report(snapshot.numDocs(), total.read, total.changed, total.byField, hash, hash,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Recomputes the views of the live documents {@code docs} (per segment; null for all) on every core. */
  private Tally rewrite(List<int[]> docs, Function<Document, ActorFacets> recompute) throws IOException {
    List<Callable<Tally>> chunks = new ArrayList<>();
    for (int l = 0; l < snapshot.leaves().size(); l++) {
      LeafReader leaf = snapshot.leaves().get(l).reader();
      int[] wanted = docs == null ? java.util.stream.IntStream.range(0, leaf.maxDoc()).toArray() : docs.get(l);
      for (int from = 0; from < wanted.length; from += CHUNK) {
        int[] chunk = Arrays.copyOfRange(wanted, from, Math.min(from + CHUNK, wanted.length));
        chunks.add(() -> scan(leaf, chunk, recompute));
      }
    }
    return runAll(chunks);
  }

  /**
   * The registry entries of the commit data of an index built (or added to) with {@code registry}:
   * its hash, and its actor fingerprints when every article in the index was built with it (so that
   * a later {@code actors apply} may match only what an edit affects). {@code before} is the index
   * as it was before the run, or null for a new index.
   */
  public static Map<String, String> registryCommitData(DirectoryReader before, ActorRegistry registry) throws IOException {
    Map<String, String> data = new HashMap<>();
    data.put(ArticleFields.COMMIT_REGISTRY_HASH, registry.hash());
    boolean uniform = before == null || before.numDocs() == 0
        || registry.hash().equals(before.getIndexCommit().getUserData().get(ArticleFields.COMMIT_REGISTRY_HASH));
    // An index partly built with another registry must be matched in full by the next apply.
    data.put(ArticleFields.COMMIT_REGISTRY_ACTORS, uniform ? ActorFingerprints.of(registry).encode() : "");
    return data;
  }

  /** Runs the chunks on one worker per core (matching dominates; the matcher and IndexWriter are thread-safe). */
  private static Tally runAll(List<Callable<Tally>> chunks) throws IOException {
    Tally total = new Tally();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      for (Future<Tally> f : pool.invokeAll(chunks)) {
        total.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return total;
  }

  /**
   * Recomputes the views of the live documents {@code docs} (ascending) of one segment and rewrites
   * those that changed; {@code recompute} returns null to leave a document alone.
   */
  private Tally scan(LeafReader reader, int[] docs, Function<Document, ActorFacets> recompute) throws IOException {
    Tally tally = new Tally();
    Bits live = reader.getLiveDocs();
    StoredFields stored = reader.storedFields(); // one per thread: stored-field readers are not thread-safe
    NumericDocValues hashes = reader.getNumericDocValues(ArticleFields.HASH);
    for (int doc : docs) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Document d = stored.document(doc);
      ActorFacets actors = recompute.apply(d);
      if (actors == null) {
        continue;
      }
      tally.read++;
      boolean differs = false;
      for (String field : VIEWS) {
        if (!sameValues(ArticleFields.actorValues(actors, field), d.getValues(field))) {
          tally.byField.merge(field, 1L, Long::sum);
          differs = true;
        }
      }
      if (differs) {
        tally.changed++;
        long hash = hashes != null && hashes.advanceExact(doc) ? hashes.longValue() : 0L;
        Article article = StoredArticle.read(d, actors);
        writer.updateDocument(new Term(ArticleFields.ID, article.id()),
            ArticleFields.toDocument(article, StoredArticle.extras(d), hash, facets));
      }
    }
    return tally;
  }

  /** Counts of one chunk, summed at the end. */
  private static final class Tally {
    long read;
    long changed;
    final Map<String, Long> byField = new HashMap<>();

    void add(Tally other) {
      read += other.read;
      changed += other.changed;
      other.byField.forEach((k, v) -> byField.merge(k, v, Long::sum));
    }
  }

  private static boolean sameValues(SortedSet<String> now, String[] before) {
    if (now.size() != before.length) {
      return false;
    }
    String[] sorted = before.clone();
    Arrays.sort(sorted);
    int i = 0;
    for (String v : now) {
      if (!v.equals(sorted[i++])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    try (directory; writer) {
      snapshot.close();
    }
  }
}
