package org.dateline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.export.ArticleExporter;
import org.dateline.export.ExportRequest;
import org.dateline.export.IndexState;
import org.dateline.export.Manifest;
import org.dateline.export.ManifestJson;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.dateline.extract.Actor;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.Alias;
import org.dateline.extract.OutletRegistry;
import org.dateline.index.IndexedCorpora;
import org.dateline.search.ArticleFilter;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.CooccurrenceRequest;
import org.dateline.search.ParsedQuery;
import org.dateline.search.SearchRequest;
import org.dateline.search.SearchResult;
import org.dateline.search.SortOrder;
import org.dateline.search.TimelineRequest;
import org.dateline.serve.Backend;

/**
 * The server's view of an embedded index through the same searcher and JSON writers as the CLI.
 * Each call borrows a searcher of its own from a {@link SearcherPool} (a searcher's time limit is
 * one setting), over the newest commit.
 */
final class LocalBackend implements Backend {
  private final Path indexDir;
  private final ActorRegistry registry;
  private final SearcherPool pool;
  private final String version;

  private LocalBackend(Path indexDir, ActorRegistry registry, SearcherPool pool, String version) {
    this.indexDir = indexDir;
    this.registry = registry;
    this.pool = pool;
    this.version = version;
  }

  /** Opens the index in {@code indexDir} with {@code searchers} searchers (requests that may run at once). */
  static LocalBackend open(Path indexDir, ActorRegistry registry, OutletRegistry outlets, String version, int searchers)
      throws IOException {
    return new LocalBackend(indexDir, registry, new SearcherPool(indexDir, registry, outlets, searchers), version);
  }

  /** Articles in the index. */
  int size() throws Exception {
    return pool.with(ArticleSearcher::size);
  }

  /** Moves to the newest commit now, instead of at the next check; for tests. */
  void refresh() throws IOException {
    pool.refresh();
  }

  @Override
  public byte[] search(SearchRequest request, Duration limit) throws Exception {
    SearchResult result = pool.with(s -> {
      s.timeout(limit);
      return s.search(request);
    });
    return text(w -> JsonOutput.search(w, result, request.kwic() > 0));
  }

  @Override
  public Optional<byte[]> article(String id) throws Exception {
    var a = pool.with(s -> s.show(id));
    if (a.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(text(w -> JsonOutput.article(w, a.get())));
  }

  @Override
  public Optional<byte[]> similar(String id, SearchRequest request, Duration limit) throws Exception {
    var r = pool.with(s -> {
      s.timeout(limit);
      return s.similar(id, request);
    });
    if (r.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(text(w -> JsonOutput.search(w, r.get())));
  }

  @Override
  public byte[] timeline(TimelineRequest request, Duration limit) throws Exception {
    var rows = pool.with(s -> s.timeline(request));
    return text(w -> TimelineOutput.json(w, request, rows));
  }

  @Override
  public byte[] cooccur(CooccurrenceRequest request, Duration limit) throws Exception {
    var r = pool.with(s -> s.cooccurrence(request));
    return text(w -> CooccurOutput.json(w, r));
  }

  @Override
  public String notice(ArticleFilter filter) throws Exception {
    ParsedQuery parsed = pool.with(s -> s.queries().parse(filter));
    return parsed.notice();
  }

  @Override
  public Export export(ExportRequest request) throws Exception {
    // One lent searcher from the count to the last row: the header's row count is the body's.
    SearcherPool.Lease lease = pool.borrow();
    try {
      ArticleSearcher searcher = lease.searcher();
      ArticleExporter exporter = new ArticleExporter(searcher.indexSearcher(), searcher.queries());
      long rows = exporter.count(request.filter());
      IndexState state = IndexState.of(searcher.indexSearcher().getIndexReader());
      String header = text(w -> {
        try (JsonGenerator g = JsonOutput.generator(w)) {
          g.writeStartObject();
          g.writeStringField("dateline_version", version);
          g.writeNumberField("rows", rows);
          g.writeNumberField("index_generation", state.generation());
          g.writeNumberField("index_articles", state.articles());
          g.writeStringField("registry_hash", registry.hash());
          g.writeEndObject();
        }
      }, false);
      return new Export() {
        @Override
        public long rows() {
          return rows;
        }

        @Override
        public String manifestHeader() {
          return header;
        }

        @Override
        public void writeTo(OutputStream out) throws Exception {
          try (lease) {
            exporter.export(request, out, org.dateline.export.ExportProgress.NONE);
          }
        }

        @Override
        public void close() {
          lease.close();
        }
      };
    } catch (Exception | Error e) {
      lease.close();
      throw e;
    }
  }

  @Override
  public byte[] manifest(ExportRequest request, String file) throws Exception {
    record Dry(org.dateline.export.ExportResult result, IndexState state) {}
    Dry dry = pool.with(s -> new Dry(new ArticleExporter(s.indexSearcher(), s.queries()).dryRun(request),
        IndexState.of(s.indexSearcher().getIndexReader())));
    Manifest m = new Manifest(version, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), file, request,
        indexDir.toAbsolutePath().normalize().toString(), dry.state(), registry.hash(), dry.result().rows(), dry.result().sha256());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ManifestJson.write(m, bytes);
    return bytes.toByteArray();
  }

  @Override
  public byte[] info() throws Exception {
    record About(String first, String last, IndexState state) {}
    About about = pool.with(s -> new About(edge(s, SortOrder.DATE), edge(s, SortOrder.DATE_DESC),
        IndexState.of(s.indexSearcher().getIndexReader())));
    String first = about.first();
    String last = about.last();
    IndexState state = about.state();
    Map<String, IndexedCorpora.Stats> corpora = IndexedCorpora.read(indexDir);
    return text(w -> {
      try (JsonGenerator g = JsonOutput.generator(w)) {
        g.writeStartObject();
        g.writeNumberField("articles", state.articles());
        g.writeNumberField("generation", state.generation());
        g.writeStringField("first_date", first);
        g.writeStringField("last_date", last);
        g.writeArrayFieldStart("corpora");
        for (var c : corpora.entrySet()) {
          g.writeStartObject();
          g.writeStringField("name", c.getKey());
          g.writeNumberField("articles", c.getValue().articles());
          g.writeStringField("last_indexed", c.getValue().lastIndexed().toString());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("registry_hash", registry.hash());
        g.writeStringField("indexed_registry_hash", state.registryHash());
        g.writeStringField("version", version);
        g.writeEndObject();
      }
    });
  }

  private static String edge(ArticleSearcher searcher, SortOrder order) throws Exception {
    searcher.timeout(Duration.ofSeconds(10));
    SearchResult r = searcher.search(new SearchRequest(ArticleFilter.all(), order, 0, 1, List.of()));
    return r.hits().isEmpty() || r.hits().get(0).date() == null ? null : r.hits().get(0).date().toString();
  }

  @Override
  public byte[] actors(String text, int limit) throws Exception {
    String want = fold(text.trim());
    record Match(Actor actor, String alias, int rank) {}
    List<Match> found = new ArrayList<>();
    if (!want.isEmpty()) {
      for (Actor a : registry.actors()) {
        Match best = null;
        List<String> names = new ArrayList<>(List.of(a.id(), a.name()));
        a.aliases().stream().map(Alias::text).forEach(names::add);
        for (String n : names) {
          String f = fold(n);
          int rank = f.startsWith(want) ? 0 : f.contains(" " + want) ? 1 : f.contains(want) ? 2 : -1;
          if (rank >= 0 && (best == null || rank < best.rank())) {
            best = new Match(a, n, rank);
          }
        }
        if (best != null) {
          found.add(best);
        }
      }
    }
    found.sort(Comparator.comparingInt(Match::rank).thenComparing(m -> m.actor().name()).thenComparing(m -> m.actor().id()));
    return text(w -> {
      try (JsonGenerator g = JsonOutput.generator(w)) {
        g.writeStartObject();
        g.writeArrayFieldStart("actors");
        for (Match m : found.subList(0, Math.min(limit, found.size()))) {
          g.writeStartObject();
          g.writeStringField("id", m.actor().id());
          g.writeStringField("label", m.actor().name());
          g.writeStringField("type", m.actor().type().name().toLowerCase(Locale.ROOT));
          g.writeStringField("match", m.alias());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    });
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  @FunctionalInterface
  private interface JsonBody {
    void write(PrintWriter w) throws IOException;
  }

  private static byte[] text(JsonBody body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter w = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    body.write(w);
    w.flush();
    return bytes.toByteArray();
  }

  private static String text(JsonBody body, boolean newline) throws IOException {
    StringWriter s = new StringWriter();
    PrintWriter w = new PrintWriter(s);
    body.write(w);
    w.flush();
    return s.toString().strip();
  }

  @Override
  public void close() throws IOException {
    pool.close();
  }

}
