package org.dateline.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.export.ExportField;
import org.dateline.export.ExportFormat;
import org.dateline.export.ExportRequest;
import org.dateline.search.ArticleFilter;
import org.dateline.search.CooccurrenceRequest;
import org.dateline.search.DateGranularity;
import org.dateline.search.DefaultOperator;
import org.dateline.search.FacetRequest;
import org.dateline.search.InvalidRequestException;
import org.dateline.search.QueryRefusedException;
import org.dateline.search.QuerySyntaxException;
import org.dateline.search.QueryMode;
import org.dateline.search.QuerySyntax;
import org.dateline.search.SearchRequest;
import org.dateline.search.SortOrder;
import org.dateline.search.TimelineRequest;

/**
 * The JSON API: each route reads the CLI's option names from the query string, builds the same
 * request the command builds, calls the {@link Backend} and sends its JSON unchanged. Adapters
 * only: no searching, counting or formatting of results happens here.
 */
public final class ApiRoutes {
  /** Most hits one search or similar request returns; export is the way to get everything. */
  public static final int MAX_SIZE = 100;
  /** Deepest hit a page may reach ({@code offset + size}); export is the way past it. */
  public static final int MAX_DEPTH = 10_000;

  static final Set<String> FILTER = Set.of("q", "syntax", "default-operator", "actor", "outlet", "lang", "from", "to", "timeout");
  static final Set<String> EXPORT = union(FILTER, "format", "fields", "sort");

  /** Each route's query parameters: the one list that routes check requests against and the OpenAPI test checks the document against. */
  static final Map<String, Set<String>> PARAMETERS = Map.of(
      "/api/search", union(FILTER, "sort", "page", "size", "limit", "offset", "facet", "kwic", "unique"),
      "/api/articles/{id}", Set.of(),
      "/api/similar/{id}", union(FILTER, "size", "limit"),
      "/api/timeline", union(FILTER, "by", "per", "top", "normalize"),
      "/api/cooccur", union(FILTER, "top", "sort"),
      "/api/export", EXPORT,
      "/api/export/manifest", EXPORT,
      "/api/actors", Set.of("q", "limit"),
      "/api/info", Set.of(),
      "/api/openapi.json", Set.of());

  private final Backend backend;
  private final Duration maxTime;

  /** Routes over {@code backend}; no request runs longer than {@code maxTime}. */
  public ApiRoutes(Backend backend, Duration maxTime) {
    this.backend = backend;
    this.maxTime = maxTime;
  }

  private static Set<String> union(Set<String> base, String... more) {
    return Stream.concat(base.stream(), Stream.of(more)).collect(Collectors.toUnmodifiableSet());
  }

  /** Adds every API route to {@code builder}. */
  public WebServer.Builder register(WebServer.Builder builder) {
    return builder
        .exact("/api/search", WebServer.Pool.QUERY, guarded(this::search))
        .prefix("/api/articles/", WebServer.Pool.QUERY, guarded(this::article))
        .prefix("/api/similar/", WebServer.Pool.QUERY, guarded(this::similar))
        .exact("/api/timeline", WebServer.Pool.QUERY, guarded(this::timeline))
        .exact("/api/cooccur", WebServer.Pool.QUERY, guarded(this::cooccur))
        .exact("/api/export", WebServer.Pool.EXPORT, guarded(this::export))
        .exact("/api/export/manifest", WebServer.Pool.QUERY, guarded(this::manifest))
        .exact("/api/actors", WebServer.Pool.QUERY, guarded(this::actors))
        .exact("/api/info", WebServer.Pool.NONE, r -> {
          r.params().allowOnly(PARAMETERS.get("/api/info"));
          return Response.json(backend.info());
        })
        .exact("/api/openapi.json", WebServer.Pool.NONE, r -> {
          r.params().allowOnly(PARAMETERS.get("/api/openapi.json"));
          return Response.json(OpenApi.document());
        });
  }

  /**
   * Maps the library's user errors to statuses: a query that does not parse or is refused for its
   * size is 400 on {@code q}, one stopped by the time limit 504, an unknown actor or outlet 400.
   */
  private static Route guarded(Route route) {
    return request -> {
      try {
        return route.answer(request);
      } catch (QueryRefusedException e) {
        if (e.getMessage().contains("time limit")) {
          throw new HttpFailure(504, "the query " + e.getMessage(), "q");
        }
        throw HttpFailure.badParameter("q", "the query is refused: " + e.getMessage());
      } catch (QuerySyntaxException e) {
        throw HttpFailure.badParameter("q", "query does not parse" + (e.column() > 0 ? " at position " + e.column() : "")
            + ": " + e.getMessage() + "; quote phrases with \"...\" and escape special characters with a backslash,"
            + " or use syntax=plain");
      } catch (InvalidRequestException e) {
        String m = e.getMessage();
        String parameter = m.startsWith("unknown actor") ? "actor" : m.startsWith("unknown outlet") ? "outlet" : null;
        throw new HttpFailure(400, m, parameter);
      }
    };
  }

  private Response search(Route.Request r) throws Exception {
    Params p = r.params().allowOnly(PARAMETERS.get("/api/search"));
    ArticleFilter filter = filter(p);
    int size = p.has("size") ? p.integer("size", 10, 0, MAX_SIZE) : p.integer("limit", 10, 0, MAX_SIZE);
    int offset;
    if (p.has("page")) {
      if (p.has("offset")) {
        throw HttpFailure.badParameter("page", "give page or offset, not both");
      }
      offset = (p.integer("page", 1, 1, MAX_DEPTH) - 1) * size;
    } else {
      offset = p.integer("offset", 0, 0, MAX_DEPTH);
    }
    if (offset + size > MAX_DEPTH) {
      throw HttpFailure.badParameter(p.has("page") ? "page" : "offset",
          "pages reach at most hit " + MAX_DEPTH + "; use /api/export for the whole result set");
    }
    List<FacetRequest> facets = new ArrayList<>();
    for (String f : p.all("facet")) {
      facets.add(checked("facet", () -> FacetRequest.parse(f)));
    }
    SearchRequest request = new SearchRequest(filter, sort(p, "relevance"), offset, size, facets,
        p.integer("kwic", 0, 0, 1000), p.flag("unique"));
    return withNotice(backend.search(request, limit(p)), filter);
  }

  private Response article(Route.Request r) throws Exception {
    r.params().allowOnly(PARAMETERS.get("/api/articles/{id}"));
    return Response.json(backend.article(r.path()).orElseThrow(() -> noArticle(r.path())));
  }

  private Response similar(Route.Request r) throws Exception {
    Params p = r.params().allowOnly(PARAMETERS.get("/api/similar/{id}"));
    ArticleFilter filter = filter(p);
    int size = p.has("size") ? p.integer("size", 10, 1, MAX_SIZE) : p.integer("limit", 10, 1, MAX_SIZE);
    SearchRequest request = new SearchRequest(filter, SortOrder.RELEVANCE, 0, size, List.of());
    return withNotice(backend.similar(r.path(), request, limit(p)).orElseThrow(() -> noArticle(r.path())), filter);
  }

  private Response timeline(Route.Request r) throws Exception {
    Params p = r.params().allowOnly(PARAMETERS.get("/api/timeline"));
    ArticleFilter filter = filter(p);
    String by = p.string("by", "month");
    DateGranularity granularity = checked("by", () -> DateGranularity.parse(by));
    String per = p.one("per");
    if (per != null && !Set.of("actor", "outlet", "lang").contains(per)) {
      throw HttpFailure.badParameter("per", "per must be actor, outlet or lang, not '" + per + "'");
    }
    p.flag("normalize"); // the page's switch between counts and shares; the JSON always has both
    TimelineRequest request = new TimelineRequest(filter, granularity, per, p.integer("top", 10, 1, 1000));
    return withNotice(backend.timeline(request, limit(p)), filter);
  }

  private Response cooccur(Route.Request r) throws Exception {
    Params p = r.params().allowOnly(PARAMETERS.get("/api/cooccur"));
    ArticleFilter filter = filter(p);
    String sort = p.string("sort", "count");
    if (!sort.equals("count") && !sort.equals("score")) {
      throw HttpFailure.badParameter("sort", "sort must be count or score, not '" + sort + "'");
    }
    CooccurrenceRequest request = new CooccurrenceRequest(filter, p.integer("top", 20, 1, 1000), sort.equals("score"));
    return withNotice(backend.cooccur(request, limit(p)), filter);
  }

  private Response export(Route.Request r) throws Exception {
    Params p = r.params().allowOnly(EXPORT);
    ExportRequest request = exportRequest(p);
    Backend.Export export = backend.export(request);
    String file = "dateline-export." + request.format().id();
    Map<String, String> headers = new HashMap<>();
    headers.put("Content-Disposition", "attachment; filename=\"" + file + "\"");
    headers.put("X-Dateline-Rows", Long.toString(export.rows()));
    headers.put("X-Dateline-Manifest", export.manifestHeader());
    headers.put("Link", "</api/export/manifest?" + (r.rawQuery() == null ? "" : r.rawQuery()) + ">; rel=\"describedby\"; type=\"application/json\"");
    String type = switch (request.format()) {
      case JSONL -> "application/x-ndjson; charset=utf-8";
      case CSV -> "text/csv; charset=utf-8; header=present";
      case TSV -> "text/tab-separated-values; charset=utf-8";
    };
    return new Response.Streamed(200, type, headers, new Response.Body() {
      @Override
      public void writeTo(java.io.OutputStream out) throws Exception {
        export.writeTo(out);
      }

      @Override
      public void close() {
        export.close();
      }
    });
  }

  private Response manifest(Route.Request r) throws Exception {
    Params p = r.params().allowOnly(EXPORT);
    ExportRequest request = exportRequest(p);
    return Response.json(backend.manifest(request, "dateline-export." + request.format().id()));
  }

  private ExportRequest exportRequest(Params p) throws HttpFailure {
    ArticleFilter filter = filter(p);
    String format = p.string("format", "jsonl");
    ExportFormat f = checked("format", () -> ExportFormat.parse(format));
    String fields = p.one("fields");
    List<ExportField> columns = fields == null ? ExportField.DEFAULTS : checked("fields", () -> ExportField.parseList(fields));
    return new ExportRequest(filter, sort(p, "date"), columns, f);
  }

  private Response actors(Route.Request r) throws Exception {
    Params p = r.params().allowOnly(PARAMETERS.get("/api/actors"));
    return Response.json(backend.actors(p.string("q", ""), p.integer("limit", 10, 1, 100)));
  }

  private static ArticleFilter filter(Params p) throws HttpFailure {
    String syntaxName = p.string("syntax", "auto").toUpperCase(java.util.Locale.ROOT);
    String operatorName = p.string("default-operator", "AND").toUpperCase(java.util.Locale.ROOT);
    QuerySyntax syntax = checked("syntax", () -> QuerySyntax.valueOf(syntaxName));
    DefaultOperator operator = checked("default-operator", () -> DefaultOperator.valueOf(operatorName));
    var from = p.date("from");
    var to = p.date("to");
    if (from != null && to != null && from.isAfter(to)) {
      throw HttpFailure.badParameter("from", "from " + from + " is after to " + to);
    }
    return new ArticleFilter(p.one("q"), from, to, p.all("actor"), p.all("outlet"), p.all("lang"), new QueryMode(syntax, operator));
  }

  private static SortOrder sort(Params p, String fallback) throws HttpFailure {
    String s = p.string("sort", fallback);
    return checked("sort", () -> SortOrder.parse(s));
  }

  private Duration limit(Params p) throws HttpFailure {
    double max = maxTime.toMillis() / 1000.0;
    return Duration.ofMillis((long) (p.seconds("timeout", max, max) * 1000));
  }

  /**
   * The JSON as the CLI prints it, and the notice the CLI prints on stderr (the query ran as plain
   * words) in the {@code X-Dateline-Notice} header, percent-encoded since headers are ASCII.
   */
  private Response withNotice(byte[] json, ArticleFilter filter) throws Exception {
    String notice = filter.hasQuery() ? backend.notice(filter) : null;
    if (notice == null) {
      return Response.json(json);
    }
    return new Response.Full(200, Response.JSON, Map.of("X-Dateline-Notice", encode(notice).replace("+", "%20")), json);
  }

  private static HttpFailure noArticle(String id) {
    return HttpFailure.notFound("no article with id '" + id + "'");
  }

  /** Runs a library parser, turning its complaint into a 400 that names {@code parameter}. */
  private static <T> T checked(String parameter, Supplier<T> parse) throws HttpFailure {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw HttpFailure.badParameter(parameter, e.getMessage() == null ? "bad value of " + parameter : e.getMessage());
    }
  }

  /** Percent-encodes a query-string value. */
  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
