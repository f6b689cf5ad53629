package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.corpus.Rejection;
import org.dateline.index.ArticleIndexer;
import org.dateline.index.IndexReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline index PATH...}: adds, updates or skips every article under the given paths. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Index articles from files and folders (re-running updates by id, never duplicates).")
final class IndexCommand implements Callable<Integer> {
  /** How many rejection and warning lines are printed before "... and N more". */
  static final int MAX_LINES = 20;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to index (folders are read recursively).")
  List<Path> paths;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for articles whose source names none (default: unknown).")
  String outlet;

  @Option(names = {"-q", "--quiet"}, description = "Print only the final report line.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    IndexReport report;
    try (ArticleIndexer indexer = ArticleIndexer.open(common.indexDir(), common.registry(), outlet)) {
      report = indexer.index(paths);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (!quiet) {
      printDetails(err, report.rejections().stream().map(Rejection::describe).toList(), report.skippedTotal());
      printDetails(err, report.warnings().stream().map(w -> w + " [warning]").toList(), report.undated());
    }
    err.println(summary(report));
    return ExitCodes.OK;
  }

  private void printDetails(PrintWriter err, List<String> lines, long total) {
    int shown = common.verbose ? lines.size() : Math.min(lines.size(), MAX_LINES);
    for (int i = 0; i < shown; i++) {
      err.println("dateline: " + lines.get(i));
    }
    if (total > shown) {
      err.println("dateline: ... and " + (total - shown) + " more");
    }
  }

  /** The one report line: counts of every outcome and the elapsed time. */
  static String summary(IndexReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "dateline: indexed %d file%s in %.1f s: %d added, %d updated, %d unchanged, %d skipped",
        r.files(), r.files() == 1 ? "" : "s", r.elapsed().toMillis() / 1000.0, r.added(), r.updated(), r.unchanged(),
        r.skippedTotal()));
    if (r.skippedTotal() > 0) {
      StringBuilder reasons = new StringBuilder();
      r.skippedByReason().forEach((reason, n) -> reasons.append(reasons.isEmpty() ? "" : ", ").append(reason).append(' ').append(n));
      sb.append(" (").append(reasons).append(')');
    }
    sb.append(String.format(Locale.ROOT, ", %d undated", r.undated()));
    return sb.toString();
  }
}
