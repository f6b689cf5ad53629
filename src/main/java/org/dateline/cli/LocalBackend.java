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
 * Calls are serialised, since the searcher's time limit is one setting shared by its callers.
 */
final class LocalBackend implements Backend {
  private final Path indexDir;
  private final ActorRegistry registry;
  private final ArticleSearcher searcher;
  private final String version;

  private LocalBackend(Path indexDir, ActorRegistry registry, ArticleSearcher searcher, String version) {
    this.indexDir = indexDir;
    this.registry = registry;
    this.searcher = searcher;
    this.version = version;
  }

  /** Opens the index in {@code indexDir}. */
  static LocalBackend open(Path indexDir, ActorRegistry registry, OutletRegistry outlets, String version) throws IOException {
    return new LocalBackend(indexDir, registry, ArticleSearcher.open(indexDir, registry, outlets), version);
  }

  /** Articles in the index. */
  int size() {
    return searcher.size();
  }

  @Override
  public synchronized byte[] search(SearchRequest request, Duration limit) throws Exception {
    searcher.timeout(limit);
    SearchResult result = searcher.search(request);
    return text(w -> JsonOutput.search(w, result, request.kwic() > 0));
  }

  @Override
  public synchronized Optional<byte[]> article(String id) throws Exception {
    var a = searcher.show(id);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(text(w -> JsonOutput.article(w, a.get())));
  }

  @Override
  public synchronized Optional<byte[]> similar(String id, SearchRequest request, Duration limit) throws Exception {
    searcher.timeout(limit);
    var r = searcher.similar(id, request);
    if (r.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(text(w -> JsonOutput.search(w, r.get())));
  }

  @Override
  public synchronized byte[] timeline(TimelineRequest request, Duration limit) throws Exception {
    var rows = searcher.timeline(request);
    return text(w -> TimelineOutput.json(w, request, rows));
  }

  @Override
  public synchronized byte[] cooccur(CooccurrenceRequest request, Duration limit) throws Exception {
    var r = searcher.cooccurrence(request);
    return text(w -> CooccurOutput.json(w, r));
  }

  @Override
  public synchronized String notice(ArticleFilter filter) throws Exception {
    ParsedQuery parsed = searcher.queries().parse(filter);
    return parsed.notice();
  }

  @Override
  public synchronized Export export(ExportRequest request) throws Exception {
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
        exporter.export(request, out, org.dateline.export.ExportProgress.NONE);
      }
    };
  }

  @Override
  public synchronized byte[] manifest(ExportRequest request, String file) throws Exception {
    ArticleExporter exporter = new ArticleExporter(searcher.indexSearcher(), searcher.queries());
    var result = exporter.dryRun(request);
    IndexState state = IndexState.of(searcher.indexSearcher().getIndexReader());
    return text(w -> {
      try (JsonGenerator g = JsonOutput.generator(w)) {
        g.writeStartObject();
        g.writeStringField("file", file);
        g.writeNumberField("rows", result.rows());
        g.writeStringField("sha256", result.sha256());
        g.writeNumberField("index_generation", state.generation());
        g.writeEndObject();
      }
    });
  }

  @Override
  public synchronized byte[] info() throws Exception {
    String first = edge(SortOrder.DATE);
    String last = edge(SortOrder.DATE_DESC);
    IndexState state = IndexState.of(searcher.indexSearcher().getIndexReader());
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

  private String edge(SortOrder order) throws Exception {
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
    searcher.close();
  }

}
