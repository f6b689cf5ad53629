package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.config.ConfigDir;
import org.dateline.config.CorpusConfigs;
import org.dateline.config.CorpusRoot;
import org.dateline.corpus.Rejection;
import org.dateline.extract.OutletRegistry;
import org.dateline.index.ArticleIndexer;
import org.dateline.index.CommitPolicy;
import org.dateline.index.IndexReport;
import org.dateline.index.IngestOptions;
import org.dateline.index.IngestSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline index PATH... | --corpus NAME}: adds, updates or skips every article of the given paths or corpora. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Index articles from files, folders or configured corpora (re-running updates by id, never duplicates).")
final class IndexCommand implements Callable<Integer> {
  /** How many rejection and warning lines are printed before "... and N more". */
  static final int MAX_LINES = 20;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to index (folders are read recursively).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--corpus", paramLabel = "NAME", description = "A corpus configured in index-config/corpora/NAME.yaml (repeatable).")
  List<String> corpora = new ArrayList<>();

  @Option(names = "--corpus-root", paramLabel = "DIR", description = "Folder the paths in corpus configs are relative to (default: $DATELINE_CORPUS_ROOT, else ./corpus).")
  Path corpusRoot;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for articles whose source names none (default: the corpus config's, else unknown).")
  String outlet;

  @Option(names = "--prune", description = "Delete the articles of the indexed paths or corpora that this run did not read.")
  boolean prune;

  @Option(names = "--strict", description = "Exit 65 when any file or record was rejected (the rest is still indexed).")
  boolean strict;

  @Option(names = "--max-errors", paramLabel = "N", description = "Stop and commit nothing once more than N files or records are rejected (exit 65).")
  Long maxErrors;

  @Option(names = "--report", paramLabel = "FILE", description = "Write every rejection to FILE as JSON Lines.")
  Path reportFile;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "50000",
      description = "Commit after every N records read, so a crash loses at most that much (0: not by count; default: ${DEFAULT-VALUE}).")
  long commitEvery;

  @Option(names = "--commit-interval", paramLabel = "SECONDS", defaultValue = "60",
      description = "Commit at least this often while indexing (0: not by time; default: ${DEFAULT-VALUE}).")
  long commitInterval;

  @Option(names = {"-q", "--quiet"}, description = "Print only the final report line (no progress, no details).")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (paths.isEmpty() && corpora.isEmpty()) {
      throw new IllegalArgumentException("nothing to index: give a PATH or --corpus NAME");
    }
    if (maxErrors != null && maxErrors < 0) {
      throw new IllegalArgumentException("--max-errors must not be negative");
    }
    if (commitEvery < 0 || commitInterval < 0) {
      throw new IllegalArgumentException("--commit-every and --commit-interval must not be negative");
    }
    CommitPolicy commits = new CommitPolicy(commitEvery, Duration.ofSeconds(commitInterval));
    Path configDir = ConfigDir.resolve(common.config);
    List<IngestSource> sources = new ArrayList<>();
    for (Path p : paths) {
      sources.add(IngestSource.ofPath(p, outlet));
    }
    for (String name : corpora) {
      sources.add(IngestSource.of(CorpusConfigs.get(configDir, name), CorpusRoot.resolve(corpusRoot), outlet));
    }
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar bar = new ProgressBar(err, !quiet && Terminal.stderr());
    IndexReport report;
    try (RejectionLog log = reportFile == null ? null : new RejectionLog(reportFile, common.indexDir());
        ArticleIndexer indexer = ArticleIndexer.open(common.indexDir(), common.registry(), OutletRegistry.load(configDir), null)) {
      IngestOptions options = new IngestOptions(prune, maxErrors == null ? -1 : maxErrors,
          IngestOptions.DEFAULT_MAX_BODY_CHARS, log == null ? r -> { } : log, new CommitLog(err, bar, common.verbose, quiet));
      try {
        report = indexer.index(sources, options, commits);
        if (log != null) {
          log.finish();
        }
      } finally {
        bar.finish();
      }
    }
    if (!quiet) {
      printDetails(err, report.rejections().stream().map(Rejection::describe).toList(), report.skippedTotal());
      printDetails(err, report.warnings().stream().map(w -> w + " [warning]").toList(), report.warningCount());
      if (!report.unknownOutlets().isEmpty()) {
        err.println("dateline: " + unknownOutlets(report));
      }
    }
    err.println(summary(report));
    return strict && report.skippedTotal() > 0 ? ExitCodes.DATA : ExitCodes.OK;
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

  /** The unknown-outlets line: how many, and the most frequent ones. */
  static String unknownOutlets(IndexReport r) {
    List<String> top = r.unknownOutlets().entrySet().stream()
        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
        .limit(10).map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    int n = r.unknownOutlets().size();
    return String.format(Locale.ROOT, "%d%s outlet%s not in outlets.tsv, kept under their own key: %s%s", n,
        n >= IndexReport.MAX_UNKNOWN_OUTLETS ? "+" : "", n == 1 ? "" : "s", String.join(", ", top), n > top.size() ? ", ..." : "");
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
    if (r.duplicates() > 0) {
      sb.append(String.format(Locale.ROOT, ", %d duplicate%s", r.duplicates(), r.duplicates() == 1 ? "" : "s"));
    }
    if (r.truncated() > 0) {
      sb.append(String.format(Locale.ROOT, ", %d truncated", r.truncated()));
    }
    if (r.pruned() > 0) {
      sb.append(String.format(Locale.ROOT, ", %d pruned", r.pruned()));
    }
    return sb.toString();
  }
}
