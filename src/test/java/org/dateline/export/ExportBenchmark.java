package org.dateline.export;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dateline.extract.ActorRegistry;
import org.dateline.search.ArticleFilter;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.SortOrder;

/**
 * Prints export speed in rows per second on a synthetic index built in a temp folder (not a unit
 * test: run it by hand). Arguments: article count (default 100000), then optionally an index
 * folder (built there when absent, reused when present), the fields (default: the default
 * columns) and the page size. Example, after {@code ./mvnw -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}: {@code java -Xmx256m -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.dateline.export.ExportBenchmark 100000}
 */
public final class ExportBenchmark {
  private ExportBenchmark() {}

  /** Builds the index if needed, then exports it three times per format and prints the best rate. */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path index = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("dateline-bench").resolve("index");
    List<ExportField> fields = args.length > 2 ? ExportField.parseList(args[2]) : ExportField.DEFAULTS;
    ActorRegistry registry = ActorRegistry.of(List.of());
    if (!Files.isDirectory(index)) {
      long t0 = System.nanoTime();
      SyntheticIndex.build(index, n, registry);
      System.out.printf(Locale.ROOT, "built %,d articles in %.1f s at %s%n", n, (System.nanoTime() - t0) / 1e9, index);
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(index, registry)) {
      int pageSize = args.length > 3 ? Integer.parseInt(args[3]) : ArticleExporter.DEFAULT_PAGE_SIZE;
      ArticleExporter exporter = new ArticleExporter(searcher.indexSearcher(), searcher.queries(), pageSize);
      for (ExportFormat format : ExportFormat.values()) {
        for (SortOrder sort : List.of(SortOrder.DATE, SortOrder.RELEVANCE)) {
          ExportRequest request = new ExportRequest(ArticleFilter.all(), sort, fields, format);
          double best = 0;
          long rows = 0;
          for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            rows = exporter.export(request, OutputStream.nullOutputStream(), ExportProgress.NONE).rows();
            best = Math.max(best, rows / ((System.nanoTime() - t0) / 1e9));
          }
          System.out.printf(Locale.ROOT, "export %-5s --sort %-9s --fields %s: %,d rows, %,.0f rows/s%n",
              format.id(), request.sortName(), ExportField.names(fields), rows, best);
        }
      }
    }
  }
}
