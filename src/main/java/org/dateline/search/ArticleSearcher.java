package org.dateline.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.dateline.extract.Actor;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.OutletRegistry;
import org.dateline.index.ArticleFields;
import org.dateline.index.IncompatibleIndexException;
import org.dateline.index.IndexDirectory;

/**
 * Searches an index: a query and filters in, the exact total, one page of hits with snippets and
 * exact facet counts out. Opens the last commit of the index, so an ingest running at the same
 * time is never seen half-done.
 */
public final class ArticleSearcher implements Closeable {
  /** Marks the start of a match in snippets. */
  public static final String MARK_START = "[[";
  /** Marks the end of a match in snippets. */
  public static final String MARK_END = "]]";

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final ActorRegistry registry;
  private final QueryFactory queries;
  private final FacetCounter facetCounter;
  private final HitReader hitReader;
  private final PageSearch pages;
  private Duration timeout = QueryLimits.DEFAULT_TIMEOUT;
  /** Whether a request over every article reads its counts from index statistics; tests turn it off to compare. */
  private boolean indexStatistics = true;
  private DayCounts allDays;
  private Map<String, Long> indexedActors;

  private ArticleSearcher(Directory directory, DirectoryReader reader, ActorRegistry registry, OutletRegistry outlets) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.registry = registry;
    this.facetCounter = new FacetCounter(reader);
    this.pages = new PageSearch(searcher);
    this.queries = new QueryFactory(registry, outlets);
    this.hitReader = new HitReader(searcher, new Snippets(searcher), queries);
  }

  /** Opens the index in {@code indexDir}; throws {@link NoIndexException} when there is none. */
  public static ArticleSearcher open(Path indexDir, ActorRegistry registry) throws IOException {
    return open(indexDir, registry, OutletRegistry.empty());
  }

  /** Opens the index in {@code indexDir}, resolving outlet names against {@code outlets}. */
  public static ArticleSearcher open(Path indexDir, ActorRegistry registry, OutletRegistry outlets) throws IOException {
    Directory dir = IndexDirectory.open(indexDir);
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new NoIndexException(indexDir.toString());
    }
    DirectoryReader reader = DirectoryReader.open(dir);
    try {
      IndexDirectory.checkSchema(indexDir, reader.getIndexCommit().getUserData(), false);
    } catch (IncompatibleIndexException e) {
      reader.close();
      dir.close();
      throw e;
    }
    return new ArticleSearcher(dir, reader, registry, outlets);
  }

  /** The registry hash the index was last committed with, or null. */
  public String indexedRegistryHash() throws IOException {
    return reader.getIndexCommit().getUserData().get(ArticleFields.COMMIT_REGISTRY_HASH);
  }

  /** False once the index folder holds a newer commit than the one this searcher reads. */
  public boolean isCurrent() throws IOException {
    return reader.isCurrent();
  }

  /** The number of articles in the index. */
  public int size() {
    return reader.numDocs();
  }

  /** Sets how long {@link #search} and {@link #similar} may run before they are stopped and refused. */
  public void timeout(Duration limit) {
    this.timeout = limit;
  }

  /** Runs {@code request}; refuses it ({@link QueryRefusedException}) when it breaks a {@link QueryLimits} bound. */
  public SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException {
    Query text = queries.text(request.filter());
    return limited(() -> run(request, text, unique(request, queries.build(request.filter(), text))));
  }

  /** One search run under the limits. */
  @FunctionalInterface
  private interface LimitedSearch {
    SearchResult run() throws IOException;
  }

  /**
   * Runs {@code search} under the time limit: once it has passed, Lucene stops collecting, and the
   * (possibly partial) result is refused rather than shown as if it were whole.
   */
  private SearchResult limited(LimitedSearch search) throws IOException, QueryRefusedException {
    QueryTimeout deadline = QueryLimits.deadline(timeout);
    searcher.setTimeout(deadline);
    try {
      SearchResult result = search.run();
      if (deadline.shouldExit()) {
        throw new QueryRefusedException("stopped after " + timeout.toMillis() / 1000.0 + " s (the time limit); narrow it");
      }
      return result;
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryRefusedException("it expands to more than " + QueryLimits.MAX_CLAUSES + " clauses; narrow it");
    } catch (TooComplexToDeterminizeException e) {
      throw new QueryRefusedException("a wildcard or regular expression is too complex (" + e.getMessage() + ")");
    } finally {
      searcher.setTimeout(null);
    }
  }

  /**
   * The articles most like the one with {@code id} (more-like-this over title and body), among
   * those {@code request}'s filter selects, the article itself excluded; empty when no article has
   * that id. Facets of the request are not counted.
   */
  public Optional<SearchResult> similar(String shortId, SearchRequest request) throws IOException, QuerySyntaxException {
    Optional<String> full = fullId(shortId);
    if (full.isEmpty()) {
      return Optional.empty();
    }
    String id = full.get();
    TopDocs self = searcher.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
    Query like = SimilarArticles.like(reader, self.scoreDocs[0].doc);
    Query query = new BooleanQuery.Builder()
        .add(like, BooleanClause.Occur.MUST)
        .add(queries.build(request.filter()), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(ArticleFields.ID, id)), BooleanClause.Occur.MUST_NOT)
        .build();
    SearchRequest noFacets = new SearchRequest(request.filter(), request.sort(), request.offset(), request.limit(), List.of(), request.kwic());
    SearchResult found = limited(() -> run(noFacets, like, query));
    // The matches of a more-like-this query are the articles that share any one of its 25 terms,
    // a number that says nothing; the candidates the list was ranked from say what was compared.
    int candidates = searcher.count(new BooleanQuery.Builder()
        .add(queries.build(request.filter()), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(ArticleFields.ID, id)), BooleanClause.Occur.MUST_NOT)
        .build());
    return Optional.of(new SearchResult(candidates, found.hits(), found.facets()));
  }

  /** Runs {@code query}, whose scoring part is {@code text} (for snippets), for {@code request}'s page and facets. */
  private SearchResult run(SearchRequest request, Query text, Query query) throws IOException {
    int n = request.offset() + request.limit();
    if (request.facets().isEmpty()) {
      return runWithoutFacets(request, text, query, n);
    }
    if (indexStatistics && text == null && !request.unique() && selectsAll(query)) {
      return runOverAll(request, query, n);
    }
    PageSearch.Page page = pages.withFacets(query, text, request.sort(), n);
    return new SearchResult(page.total(), hitReader.read(page.docs(), request, text), facets(request, text, page.matches()));
  }

  /** A request without facets: see {@link PageSearch#withoutFacets}. */
  private SearchResult runWithoutFacets(SearchRequest request, Query text, Query query, int n) throws IOException {
    PageSearch.Page page = pages.withoutFacets(query, text, request.sort(), n);
    return new SearchResult(page.total(), hitReader.read(page.docs(), request, text), new LinkedHashMap<>());
  }

  /**
   * Every article with facets: counts from index statistics ({@link WholeIndex}), dates from one
   * pass over the date doc values, the first page by id from the id terms; no pass that collects
   * every article into a set and reads its facet ordinals (64 ms at 1M articles).
   */
  private SearchResult runOverAll(SearchRequest request, Query query, int n) throws IOException {
    WholeIndex all = new WholeIndex(reader);
    ScoreDoc[] page = n > 0 && request.sort() == SortOrder.RELEVANCE ? all.firstById(n) : null;
    if (page == null) {
      page = n > 0 ? pages.sorted(query, request.sort(), n) : new ScoreDoc[0];
    }
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    DayCounts days = null;
    for (FacetRequest f : request.facets()) {
      if (f.granularity() != null) {
        days = days != null ? days : allDays();
        facets.put(f.key(), DateHistogram.count(days, f.granularity()));
      } else {
        facets.put(f.key(), labelled(f.dim(), all.top(f.dim(), f.top())));
      }
    }
    return new SearchResult(reader.numDocs(), hitReader.read(page, request, null), facets);
  }

  /** True when {@code query} is the one {@link QueryFactory#build} makes for no query and no filter. */
  private static boolean selectsAll(Query query) {
    return query instanceof BooleanQuery b && b.clauses().size() == 1
        && b.clauses().get(0).query() instanceof MatchAllDocsQuery
        && b.clauses().get(0).occur() != BooleanClause.Occur.MUST_NOT;
  }

  /** Turns reading counts over every article from index statistics on or off (tests compare both ways). */
  void indexStatistics(boolean on) {
    this.indexStatistics = on;
  }

  private Map<String, List<FacetValue>> facets(SearchRequest request, Query text, FacetsCollector fc) throws IOException {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    Map<String, Query> selected = queries.selections(request.filter());
    FacetCounter.Counts matchCounts = null;
    for (FacetRequest f : request.facets()) {
      if (f.granularity() != null) {
        facets.put(f.key(), DateHistogram.count(fc.getMatchingDocs(), f.granularity()));
      } else if (selected.containsKey(f.dim())) {
        facets.put(f.key(), labelled(f.dim(), facetCounter.top(sideways(request, text, f.dim()), f.dim(), f.top())));
      } else {
        matchCounts = matchCounts != null ? matchCounts : facetCounter.count(fc);
        facets.put(f.key(), labelled(f.dim(), facetCounter.top(matchCounts, f.dim(), f.top())));
      }
    }
    return facets;
  }

  /**
   * The matches of the request without its own selection on {@code dim}: a multi-select facet
   * counts these, so that with {@code --outlet rt} the other outlets still show what selecting them
   * would add. We run one extra query per selected dimension rather than Lucene's {@code
   * DrillSideways}, whose drill-down terms OR the values of one dimension, while our actor
   * selections must all match.
   */
  private FacetsCollector sideways(SearchRequest request, Query text, String dim) throws IOException {
    return searcher.search(unique(request, queries.buildWithout(request.filter(), text, dim)), new FacetsCollectorManager());
  }

  /** {@code query} with one match per duplicate group when the request asks for unique articles. */
  private Query unique(SearchRequest request, Query query) throws IOException {
    return request.unique() ? UniqueArticles.of(searcher, query) : query;
  }

  /** Counts the timeline of {@code request}: one row per bucket (and series), zeros included. */
  public List<TimelineRow> timeline(TimelineRequest request) throws IOException, QuerySyntaxException {
    return new Timeline(searcher, queries, facetCounter, indexStatistics ? this::allDays : null).rows(request);
  }

  /** Counts the actor pairs of {@code request}'s matches, with their significance against the whole index. */
  public CooccurrenceResult cooccurrence(CooccurrenceRequest request) throws IOException, QuerySyntaxException {
    return new Cooccurrence(searcher, queries, facetCounter, indexedActors()).count(request);
  }

  /** Articles per day in the whole index, counted once per opened index (it cannot change under this reader). */
  private synchronized DayCounts allDays() throws IOException {
    if (allDays == null) {
      allDays = DayCounts.ofAll(reader);
    }
    return allDays;
  }

  /**
   * Articles per actor in the whole index, counted once per opened index (it cannot change under
   * this reader): co-occurrence scores every pair against them, and looking up hundreds of actors
   * per request cost more than counting the matches.
   */
  private synchronized Map<String, Long> indexedActors() throws IOException {
    if (indexedActors == null) {
      indexedActors = Map.copyOf(new WholeIndex(reader).counts(ArticleFields.ACTOR));
    }
    return indexedActors;
  }

  /** The stored article with {@code id}, if any. */
  public Optional<ArticleView> show(String id) throws IOException {
    Optional<String> full = fullId(id);
    if (full.isEmpty()) {
      return Optional.empty();
    }
    TopDocs top = searcher.search(new TermQuery(new Term(ArticleFields.ID, full.get())), 1);
    Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
    return Optional.of(new ArticleView(d.get(ArticleFields.ID), HitReader.date(d), d.get(ArticleFields.DATE_SOURCE),
        d.get(ArticleFields.OUTLET), d.get(ArticleFields.LANG), d.get(ArticleFields.TITLE),
        List.of(d.getValues(ArticleFields.ACTOR)), d.get(ArticleFields.URL), d.get(ArticleFields.SOURCE),
        d.get(ArticleFields.BODY)));
  }

  /**
   * The indexed id that {@code id} names: itself when indexed, else {@code CORPUS/id} when exactly
   * one corpus has it (a source's own id, such as a Telegram post's {@code -1001000724666/11015},
   * is indexed as {@code telegram-ru-news/-1001000724666/11015}); empty when none has.
   *
   * @throws InvalidRequestException when several corpora have that id
   */
  public Optional<String> fullId(String id) throws IOException {
    if (searcher.count(new TermQuery(new Term(ArticleFields.ID, id))) > 0) {
      return Optional.of(id);
    }
    List<String> found = new java.util.ArrayList<>();
    org.apache.lucene.index.Terms corpora = org.apache.lucene.index.MultiTerms.getTerms(reader, ArticleFields.CORPUS);
    if (corpora != null) {
      org.apache.lucene.index.TermsEnum te = corpora.iterator();
      for (org.apache.lucene.util.BytesRef c = te.next(); c != null; c = te.next()) {
        String candidate = c.utf8ToString() + "/" + id;
        if (searcher.count(new TermQuery(new Term(ArticleFields.ID, candidate))) > 0) {
          found.add(candidate);
        }
      }
    }
    if (found.size() > 1) {
      throw new InvalidRequestException("id '" + id + "' is in " + found.size() + " corpora (" + String.join(", ", found)
          + "); give the full id");
    }
    return found.stream().findFirst();
  }

  /** The query factory, for commands that run their own collectors over the same matches. */
  public QueryFactory queries() {
    return queries;
  }

  /** The underlying Lucene searcher over the last commit. */
  public IndexSearcher indexSearcher() {
    return searcher;
  }

  /** The Lucene sort of {@code order}, ties broken by id; export pages through it with searchAfter. */
  public static Sort sort(SortOrder order) {
    SortField byId = KeywordField.newSortField(ArticleFields.ID, false, SortedSetSelector.Type.MIN);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
      case DATE -> {
        SortField f = IntField.newSortField(ArticleFields.DATE, false, SortedNumericSelector.Type.MIN);
        f.setMissingValue(Integer.MAX_VALUE);
        yield new Sort(f, byId);
      }
      case DATE_DESC -> {
        SortField f = IntField.newSortField(ArticleFields.DATE, true, SortedNumericSelector.Type.MIN);
        f.setMissingValue(Integer.MIN_VALUE);
        yield new Sort(f, byId);
      }
    };
  }

  /**
   * Adds display names: the actor's name to the values of actor dimensions, the outlet's name to
   * curated outlets; other dimensions (language, tags, unknown names) are their own labels.
   */
  List<FacetValue> labelled(String dim, List<FacetValue> values) {
    boolean actors = ArticleFields.ACTOR_FIELDS.contains(dim);
    if (!actors && !dim.equals(ArticleFields.OUTLET)) {
      return values;
    }
    OutletRegistry outlets = queries.outlets();
    List<FacetValue> out = new ArrayList<>(values.size());
    for (FacetValue v : values) {
      String label = actors ? registry.byId(v.value()).map(Actor::name).orElse(v.value())
          : outlets.byId(v.value()).map(OutletRegistry.Outlet::name).orElse(null);
      out.add(new FacetValue(v.value(), label, v.count()));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      reader.close();
    }
  }
}
