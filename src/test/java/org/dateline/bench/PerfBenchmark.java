package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dateline.export.ArticleExporter;
import org.dateline.export.ExportField;
import org.dateline.export.ExportFormat;
import org.dateline.export.ExportProgress;
import org.dateline.export.ExportRequest;
import org.dateline.extract.ActorRegistry;
import org.dateline.search.ArticleFilter;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.CooccurrenceRequest;
import org.dateline.search.DateGranularity;
import org.dateline.search.FacetRequest;
import org.dateline.search.SearchRequest;
import org.dateline.search.SortOrder;
import org.dateline.search.TimelineRequest;

/**
 * The performance benchmark of BENCHMARKS.md: amplifies the shared corpora to N articles, indexes
 * them with {@code dateline index} (a separate JVM, 512 MB heap) and with a bare Lucene loop, loads
 * them into SQLite FTS5, times the query shapes on all three, a cold {@code dateline search}, an
 * export and ripgrep, and prints one Markdown table per size. Run it with {@code .ci/bench}
 * ({@code --quick}: 100k articles only).
 */
public final class PerfBenchmark {
  /** Lucene's hint about the vector module, silenced; a field because loggers are held weakly. */
  private static final java.util.logging.Logger VECTOR_LOG = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");
  private final Path home;
  private final Path work;
  private Path corpora;
  private final boolean quick;
  /** Indexing rounds per size (Dateline and the bare loop in turn); medians are reported. */
  private int indexRounds;
  private final Report report = new Report();
  /** The bare searchers of the shapes being timed: on Dateline's index, then on the bare loop's. */
  private List<BareLucene.Searcher> bare = List.of();
  /** Shape names to run (a substring each), all when empty; for iterating with {@code --reuse}. */
  private List<String> shapes = List.of();

  private PerfBenchmark(Path home, Path work, boolean quick) {
    this.home = home;
    this.work = work;
    this.quick = quick;
  }

  /**
   * {@code [--quick] [--sizes N,N] [--rounds N] [--work DIR] [--corpora DIR]}, or {@code --reuse DIR [--shapes
   * a,b] [--no-sqlite]}: only the query shapes, on the indexes an earlier run left in {@code DIR}
   * (one size's folder, e.g. {@code WORK/1000000}), opened read-only.
   */
  public static void main(String[] args) throws Exception {
    VECTOR_LOG.setLevel(java.util.logging.Level.OFF);
    boolean quick = List.of(args).contains("--quick");
    List<Integer> sizes = quick ? List.of(100_000) : List.of(100_000, 1_000_000);
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "dateline-bench");
    Path corpora = Path.of("../shared/corpora");
    Path reuse = null;
    List<String> shapes = List.of();
    int rounds = quick ? 1 : 3;
    for (int i = 0; i < args.length - 1; i++) {
      switch (args[i]) {
        case "--sizes" -> sizes = Stream.of(args[i + 1].split(",")).map(s -> Integer.parseInt(s.replace("_", ""))).toList();
        case "--work" -> work = Path.of(args[i + 1]);
        case "--corpora" -> corpora = Path.of(args[i + 1]);
        case "--reuse" -> reuse = Path.of(args[i + 1]);
        case "--shapes" -> shapes = List.of(args[i + 1].split(","));
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> { }
      }
    }
    PerfBenchmark bench = new PerfBenchmark(Path.of("").toAbsolutePath(), work, quick);
    bench.shapes = shapes;
    bench.indexRounds = rounds;
    bench.corpora = corpora;
    bench.report.machine();
    if (reuse != null) {
      bench.reuse(reuse, !List.of(args).contains("--no-sqlite"));
      return;
    }
    long t0 = System.nanoTime();
    Amplifier amplifier = Amplifier.fromCorpora(Path.of("index-config"), corpora);
    bench.report.line("pool: %,d articles with text from %s, read in %.1f s", amplifier.poolSize(), corpora,
        (System.nanoTime() - t0) / 1e9);
    for (int n : sizes) {
      bench.run(amplifier, n);
    }
    bench.report.line("results also in %s", bench.report.save(work.resolve("results.md")));
  }

  private void run(Amplifier amplifier, int n) throws Exception {
    Path dir = work.resolve(Integer.toString(n));
    Processes.deleteTree(dir);
    List<Amplifier.Item> items = amplifier.items(n);
    Path jsonl = dir.resolve("articles/bench.jsonl");
    long raw = Amplifier.write(items, jsonl);
    report.section(n, raw, Processes.load());

    // Dateline and the bare loop take turns, so that a slow spell of the shared machine hits both;
    // the figures are medians over the rounds (this machine's run-to-run spread is about 10%).
    long p0 = System.nanoTime();
    List<BareLucene.Doc> docs = BareLucene.extract(items);
    report.line("pre-parse for the baselines (extraction of %,d articles, not timed in them): %.1f s", n, (System.nanoTime() - p0) / 1e9);
    List<Double> dlSeconds = new ArrayList<>();
    List<Double> bareSeconds = new ArrayList<>();
    long peakHeap = 0;
    long peakRss = 0;
    for (int round = 0; round < indexRounds; round++) {
      Processes.deleteTree(dir.resolve("dateline"));
      Processes.Run dl = Processes.dateline(home, dir, List.of("index", dir.resolve("articles").toString(),
          "--index", dir.resolve("dateline").toString(), "-q"), "-Xmx512m -Xlog:gc:file=" + dir.resolve("gc.log"));
      dlSeconds.add(dl.seconds());
      peakHeap = Math.max(peakHeap, Processes.peakHeapMb(dir.resolve("gc.log")));
      peakRss = Math.max(peakRss, dl.peakRssKb());
      bareSeconds.add(bareInOwnJvm(n, dir));
    }
    double dlMedian = median(dlSeconds);
    double bareMedian = median(bareSeconds);
    long dlSize = Processes.size(dir.resolve("dateline"));
    double dlRate = n / dlMedian;
    report.row("index: dateline (full pipeline, 1 JVM, -Xmx512m)", "%,.0f articles/s, %.1f MB/s, %.1f s (median of %d: %s)", dlRate,
        raw / 1e6 / dlMedian, dlMedian, indexRounds, seconds(dlSeconds));
    report.row("index: dateline peak heap / RSS", "%d MB / %d MB", peakHeap, peakRss / 1024);
    long bareSize = Processes.size(dir.resolve("bare"));
    report.row("index: bare Lucene (same documents pre-extracted, 2 threads, 256 MB buffer, a JVM per round)", "%,.0f articles/s, %.1f s (median of %d: %s)",
        n / bareMedian, bareMedian, indexRounds, seconds(bareSeconds));
    report.ratio("index: dateline / bare articles/s", dlRate / (n / bareMedian), ">= 0.75");
    report.row("index size: dateline / bare / raw JSONL", "%d MB / %d MB / %d MB (%.2f x raw); segments: dateline %d, bare %d",
        dlSize >> 20, bareSize >> 20, raw >> 20, (double) dlSize / raw, Processes.segments(dir.resolve("dateline")),
        Processes.segments(dir.resolve("bare")));

    long s0 = System.nanoTime();
    try (SqliteFts fts = SqliteFts.load(dir.resolve("fts.db"), docs)) {
      double sqliteSeconds = (System.nanoTime() - s0) / 1e9;
      report.row("load: SQLite FTS5 (1 thread, one transaction)", "%,.0f articles/s, %.1f s (%d MB)", n / sqliteSeconds,
          sqliteSeconds, Files.size(dir.resolve("fts.db")) >> 20);
      docs = null;
      items = null;
      queries(dir, fts);
    }
    coldSearch(dir);
    export(dir);
    ripgrep(dir, jsonl);
  }

  /** Runs the query shapes only, on the indexes (and SQLite database) in {@code dir}. */
  private void reuse(Path dir, boolean sqlite) throws Exception {
    report.line("%n### query shapes on the indexes in %s (%,d MB), load average at start %s%n", dir,
        Processes.size(dir.resolve("dateline")) >> 20, Processes.load());
    report.line("| measure | figure |%n| --- | --- |");
    try (SqliteFts fts = sqlite && Files.exists(dir.resolve("fts.db")) ? SqliteFts.openReadOnly(dir.resolve("fts.db")) : null) {
      queries(dir, fts);
    }
  }

  /** The bare loop's indexing seconds, in a fresh JVM like Dateline's (see {@link BareLucene#main}). */
  private double bareInOwnJvm(int n, Path dir) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Processes.Run run = Processes.from(home, dir, List.of(java, "-Xmx6g", "-cp", System.getProperty("java.class.path"),
        "org.dateline.bench.BareLucene", corpora.toAbsolutePath().toString(), Integer.toString(n),
        dir.resolve("bare").toAbsolutePath().toString()));
    return Double.parseDouble(run.output().strip());
  }

  private static double median(List<Double> xs) {
    List<Double> sorted = xs.stream().sorted().toList();
    int m = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
  }

  private static String seconds(List<Double> xs) {
    return xs.stream().map(x -> String.format(java.util.Locale.ROOT, "%.1f", x)).collect(java.util.stream.Collectors.joining(", ")) + " s";
  }



  private void queries(Path dir, SqliteFts fts) throws Exception {
    Latency latency = quick ? new Latency(1, 0.5, 3) : new Latency(3, 1.5, 3);
    int from = (int) LocalDate.of(2018, 1, 1).toEpochDay();
    int to = (int) LocalDate.of(2018, 12, 31).toEpochDay();
    List<FacetRequest> three = List.of(FacetRequest.parse("outlet"), FacetRequest.parse("actor"), FacetRequest.parse("date:month"));
    ArticleFilter oil2018 = new ArticleFilter("oil", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), List.of(), List.of());
    ArticleFilter decade = new ArticleFilter("ukraine", LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31), List.of(), List.of());
    try (ArticleSearcher dl = ArticleSearcher.open(dir.resolve("dateline"), ActorRegistry.load(Path.of("index-config")));
        BareLucene.Searcher sameIndex = new BareLucene.Searcher(dir.resolve("dateline"));
        BareLucene.Searcher ownIndex = new BareLucene.Searcher(dir.resolve("bare"))) {
      bare = List.of(sameIndex, ownIndex);
      shape(latency, "term top-10 (`ukraine`)", () -> (long) dl.search(SearchRequest.of("ukraine", 10)).hits().size(),
          b -> b.top10(BareLucene.Searcher.word("ukraine")), fts == null ? null : () -> fts.top10("ukraine"));
      shape(latency, "AND of three terms (`oil prices said`)", () -> dl.search(SearchRequest.of("oil prices said", 10)).total(),
          b -> b.top10(BareLucene.Searcher.all("oil", "prices", "said")), fts == null ? null : () -> fts.top10("oil AND prices AND said"));
      shape(latency, "phrase (`\"prime minister\"`)", () -> dl.search(SearchRequest.of("\"prime minister\"", 10)).total(),
          b -> b.top10(BareLucene.Searcher.phrase("prime", "minister")), fts == null ? null : () -> fts.top10("\"prime minister\""));
      shape(latency, "text + 1-year date range + outlet, actor, month facets + top 10",
          () -> dl.search(new SearchRequest(oil2018, SortOrder.RELEVANCE, 0, 10, three)).total(),
          b -> b.faceted(BareLucene.Searcher.dated(BareLucene.Searcher.word("oil"), from, to)),
          fts == null ? null : () -> fts.faceted("oil", from, to));
      shape(latency, "all articles + outlet, actor, month facets + top 10",
          () -> dl.search(new SearchRequest(ArticleFilter.all(), SortOrder.RELEVANCE, 0, 10, three)).total(),
          b -> b.faceted(org.apache.lucene.search.MatchAllDocsQuery.INSTANCE), fts == null ? null : fts::allFaceted);
      shape(latency, "timeline by day over ten years (`ukraine`, with totals)",
          () -> (long) dl.timeline(new TimelineRequest(decade, DateGranularity.DAY, null, 10)).size(),
          b -> b.timelineByDay(BareLucene.Searcher.dated(BareLucene.Searcher.word("ukraine"),
              (int) LocalDate.of(2015, 1, 1).toEpochDay(), (int) LocalDate.of(2024, 12, 31).toEpochDay())), null);
      shape(latency, "co-occurrence of one actor (`putin`, top 20)",
          () -> dl.cooccurrence(new CooccurrenceRequest(new ArticleFilter(null, null, null, List.of("putin"), List.of()), 20, false)).matches(),
          b -> b.cooccur("putin"), null);
    }
  }

  /** One query shape answered by a bare IndexSearcher. */
  @FunctionalInterface
  private interface BareShape {
    long run(BareLucene.Searcher searcher) throws Exception;
  }

  /**
   * Times one shape: Dateline, the bare IndexSearcher on Dateline's own index (the "on the
   * same index": the same segments, so only the query code differs), the bare IndexSearcher on the
   * bare loop's index (whose fewer, larger segments show what the index's shape adds) and SQLite.
   */
  private void shape(Latency latency, String name, Callable<Long> dateline, BareShape bareShape, Callable<Long> sqlite)
      throws Exception {
    if (!shapes.isEmpty() && shapes.stream().noneMatch(name::contains)) {
      return;
    }
    List<Latency.Contender> cs = new ArrayList<>(List.of(new Latency.Contender("dateline", dateline),
        new Latency.Contender("bare, same index", () -> bareShape.run(bare.get(0))),
        new Latency.Contender("bare, own index", () -> bareShape.run(bare.get(1)))));
    if (sqlite != null) {
      cs.add(new Latency.Contender("sqlite", sqlite));
    }
    report.latency(name, latency.measure(cs));
  }

  private void coldSearch(Path dir) throws Exception {
    List<String> simple = List.of("search", "ukraine", "--index", dir.resolve("dateline").toString());
    List<String> faceted = List.of("search", "oil", "--from", "2018-01-01", "--to", "2018-12-31", "--facet", "outlet",
        "--facet", "actor", "--facet", "date:month", "--index", dir.resolve("dateline").toString());
    for (List<String> args : List.of(simple, faceted)) {
      double[] walls = new double[5];
      for (int i = 0; i < walls.length; i++) {
        walls[i] = Processes.dateline(home, dir, args, "").seconds() * 1000;
      }
      java.util.Arrays.sort(walls);
      report.row("cold `dateline " + String.join(" ", args.subList(0, args.size() - 2)) + "`", "%.0f ms median of 5 (min %.0f)",
          walls[2], walls[0]);
    }
  }

  private void export(Path dir) throws Exception {
    try (ArticleSearcher dl = ArticleSearcher.open(dir.resolve("dateline"), ActorRegistry.load(Path.of("index-config")))) {
      ArticleExporter exporter = new ArticleExporter(dl.indexSearcher(), dl.queries());
      for (SortOrder sort : List.of(SortOrder.DATE, SortOrder.RELEVANCE)) {
        ExportRequest request = new ExportRequest(ArticleFilter.all(), sort, ExportField.DEFAULTS, ExportFormat.JSONL);
        double best = Double.MAX_VALUE;
        long rows = 0;
        for (int i = 0; i < 3; i++) {
          long t0 = System.nanoTime();
          rows = exporter.export(request, java.io.OutputStream.nullOutputStream(), ExportProgress.NONE).rows();
          best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        report.row("export all, default metadata fields, JSONL, --sort " + sort.name().toLowerCase(Locale.ROOT),
            "%,.0f rows/s (%,d rows, best of 3)", rows / best, rows);
      }
    }
  }

  private void ripgrep(Path dir, Path jsonl) throws Exception {
    try (ArticleSearcher dl = ArticleSearcher.open(dir.resolve("dateline"), ActorRegistry.load(Path.of("index-config")))) {
      long t0 = System.nanoTime();
      long count = dl.search(new SearchRequest(ArticleFilter.query("ukraine"), SortOrder.RELEVANCE, 0, 0, List.of())).total();
      double dlMs = (System.nanoTime() - t0) / 1e6;
      Processes.Run rg = Processes.run(dir, List.of("rg", "-c", "-i", "-w", "ukraine", jsonl.toString()));
      report.row("count `ukraine`: dateline (first query) / ripgrep -ciw over the JSONL", "%.1f ms (%,d articles) / %.0f ms (%s lines)",
          dlMs, count, rg.seconds() * 1000, rg.output().strip());
    }
  }

  /** Collects the figures as Markdown. */
  static final class Report {
    private final StringBuilder md = new StringBuilder();

    void machine() throws IOException {
      line("machine: %d cores, %s, JDK %s, load average %s", Runtime.getRuntime().availableProcessors(),
          Processes.memory(), System.getProperty("java.version"), Processes.load());
    }

    void section(int n, long raw, String load) {
      line("%n### %,d articles (%,d MB of JSON Lines), load average at start %s%n", n, raw >> 20, load);
      line("| measure | figure |%n| --- | --- |");
    }

    void row(String measure, String format, Object... args) {
      line("| %s | %s |", measure, String.format(Locale.ROOT, format, args));
    }

    void ratio(String measure, double ratio, String target) {
      row(measure, "%.2f (target %s)", ratio, target);
    }

    void latency(String name, List<Latency.Figures> f) {
      StringBuilder s = new StringBuilder();
      String[] names = {"dateline", "bare Lucene on the same index", "bare Lucene on its own index", "SQLite FTS5"};
      for (int i = 0; i < f.size(); i++) {
        s.append(String.format(Locale.ROOT, "%s%s %.2f / %.2f ms", i == 0 ? "" : "; ", names[i], f.get(i).p50(), f.get(i).p99()));
      }
      s.append(String.format(Locale.ROOT, "; dateline/bare same index %.2fx / %.2fx; dateline/bare own index %.2fx / %.2fx",
          f.get(0).p50() / f.get(1).p50(), f.get(0).p99() / f.get(1).p99(), f.get(0).p50() / f.get(2).p50(), f.get(0).p99() / f.get(2).p99()));
      if (f.size() > 3) {
        s.append(String.format(Locale.ROOT, "; SQLite/dateline %.1fx", f.get(3).p50() / f.get(0).p50()));
      }
      row("query p50 / p99: " + name, "%s", s);
    }

    void line(String format, Object... args) {
      String s = String.format(Locale.ROOT, format, args);
      System.out.println(s);
      System.out.flush();
      md.append(s).append('\n');
    }

    Path save(Path file) throws IOException {
      Files.createDirectories(file.getParent());
      Files.writeString(file, md);
      return file;
    }
  }
}
