package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.IntField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.dateline.corpus.RawArticle;
import org.dateline.extract.ActorMatcher;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.Article;
import org.dateline.extract.ArticleExtractor;
import org.dateline.index.Analyzers;
import org.dateline.index.ArticleFields;

/**
 * The bare Lucene baseline: the same articles, parsed and extracted before the clock starts (dates,
 * outlets, language, actors), indexed by a plain IndexWriter loop as the same documents (the schema's
 * {@link ArticleFields#toDocument}: same analyzer, fields and facets), and the same query shapes
 * answered by a plain IndexSearcher, with no Dateline search code on the path.
 */
final class BareLucene {
  /** One pre-parsed article and what Dateline's extractor made of it. */
  record Doc(Amplifier.Item item, Article article) {
    /** The canonical actor ids. */
    List<String> actors() {
      return List.copyOf(article.actors().actor());
    }
  }

  private BareLucene() {}

  /**
   * {@code CORPORA N DIR}: the bare loop in a JVM of its own, as {@code dateline index} runs in
   * one, so neither side starts with code the other has already compiled. Amplifies the same N
   * articles (same seed), extracts them (not timed), indexes them into DIR and prints the indexing
   * seconds.
   */
  public static void main(String[] args) throws Exception {
    Amplifier amplifier = Amplifier.fromCorpora(Path.of("index-config"), Path.of(args[0]));
    List<Doc> docs = extract(amplifier.items(Integer.parseInt(args[1])));
    long t0 = System.nanoTime();
    index(docs, Path.of(args[2]), 2);
    System.out.println((System.nanoTime() - t0) / 1e9);
  }

  /** The articles as Dateline's extractor makes them (dates, outlet, language, actors), in parallel. */
  static List<Doc> extract(List<Amplifier.Item> items) {
    ArticleExtractor extractor = new ArticleExtractor(new ActorMatcher(ActorRegistry.load(Path.of("index-config"))), null);
    return items.parallelStream().map(it -> new Doc(it, extractor.extract(new RawArticle(it.id(), it.title(),
        it.body(), it.date().toString(), "metadata", it.outlet(), null, it.lang(), "articles/bench.jsonl", null)))).toList();
  }

  static FacetsConfig facets() {
    return ArticleFields.facetsConfig();
  }

  /** Indexes {@code docs} into {@code dir} with 2 threads and a 256 MB buffer, then commits. */
  static void index(List<Doc> docs, Path dir, int threads) throws Exception {
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.text());
    config.setRAMBufferSizeMB(256);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    FacetsConfig facets = facets();
    try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config)) {
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
            w.addDocument(ArticleFields.toDocument(docs.get(i).article(), i, facets));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      w.commit();
    }
  }

  /** The bare query side over one index. */
  static final class Searcher implements AutoCloseable {
    final DirectoryReader reader;
    final IndexSearcher searcher;
    final SortedSetDocValuesReaderState state;

    Searcher(Path dir) throws IOException {
      reader = DirectoryReader.open(FSDirectory.open(dir));
      searcher = new IndexSearcher(reader);
      state = new DefaultSortedSetDocValuesReaderState(reader, facets());
    }

    /** A word in title or body, as the query parser builds it. */
    static Query word(String w) {
      return new BooleanQuery.Builder()
          .add(new TermQuery(new Term(ArticleFields.TITLE, w)), BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(ArticleFields.BODY, w)), BooleanClause.Occur.SHOULD).build();
    }

    static Query all(String... words) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String w : words) {
        b.add(word(w), BooleanClause.Occur.MUST);
      }
      return b.build();
    }

    static Query phrase(String... words) {
      return new BooleanQuery.Builder()
          .add(new PhraseQuery(ArticleFields.TITLE, words), BooleanClause.Occur.SHOULD)
          .add(new PhraseQuery(ArticleFields.BODY, words), BooleanClause.Occur.SHOULD).build();
    }

    static Query dated(Query q, int fromDay, int toDay) {
      return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
          .add(IntField.newRangeQuery(ArticleFields.DATE, fromDay, toDay), BooleanClause.Occur.FILTER).build();
    }

    /**
     * Top 10 with the stored id and title of each hit, and the exact number of matches, as Dateline
     * reports it (a plain top-10 search counts exactly only up to 1,000 matches); the count is
     * Lucene's own {@code count}, the cheaper of the bare ways to an exact total (a search that
     * counts every match scores every match too: 1.8 ms against 0.3 ms for `ukraine` at 1M).
     */
    long top10(Query q) throws IOException {
      TopDocs top = searcher.search(q, 10);
      StoredFields stored = searcher.storedFields();
      long sum = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : searcher.count(q);
      for (ScoreDoc sd : top.scoreDocs) {
        sum += stored.document(sd.doc).get(ArticleFields.TITLE).length();
      }
      return sum;
    }

    /** Top 10, exact total, outlet and actor top-10 and a per-month histogram from the date doc values. */
    long faceted(Query q) throws IOException {
      FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, q, 10, new FacetsCollectorManager());
      FacetsCollector fc = r.facetsCollector();
      SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
      long sum = counts.getTopChildren(10, ArticleFields.OUTLET).childCount + counts.getTopChildren(10, ArticleFields.ACTOR).childCount;
      int[] months = new int[12 * 200];
      for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
        SortedNumericDocValues dates = DocValues.getSortedNumeric(md.context().reader(), ArticleFields.DATE);
        DocIdSetIterator it = md.bits().iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (dates.advanceExact(doc)) {
            java.time.LocalDate day = java.time.LocalDate.ofEpochDay(dates.nextValue());
            months[(day.getYear() - 1900) * 12 + day.getMonthValue() - 1]++;
          }
        }
      }
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : r.topDocs().scoreDocs) {
        sum += stored.document(sd.doc).get(ArticleFields.TITLE).length();
      }
      return sum + months[(2018 - 1900) * 12];
    }

    /** Matches per day and all articles per day (the share's denominator), as the timeline needs. */
    long timelineByDay(Query q) throws IOException {
      return perDay(q)[17_000] + perDay(MatchAllDocsQuery.INSTANCE)[17_000];
    }

    private int[] perDay(Query q) throws IOException {
      int[] days = new int[40_000];
      FacetsCollector fc = searcher.search(q, new FacetsCollectorManager());
      for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
        SortedNumericDocValues dates = DocValues.getSortedNumeric(md.context().reader(), ArticleFields.DATE);
        DocIdSetIterator it = md.bits().iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (dates.advanceExact(doc)) {
            days[(int) dates.nextValue()]++;
          }
        }
      }
      return days;
    }

    /** Co-occurrence of one actor: how often every other actor is named with it, and the index-wide counts of the top 20. */
    long cooccur(String actor) throws IOException {
      FacetsCollector fc = searcher.search(new TermQuery(new Term(ArticleFields.ACTOR, actor)), new FacetsCollectorManager());
      SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
      var top = counts.getTopChildren(21, ArticleFields.ACTOR);
      long sum = 0;
      for (var lv : top.labelValues) {
        sum += searcher.count(new TermQuery(new Term(ArticleFields.ACTOR, lv.label)));
      }
      return sum;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
