package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.dateline.export.BatchError;
import org.dateline.export.BatchFile;
import org.dateline.export.BatchQuery;
import org.dateline.export.BatchRunner;
import org.dateline.export.BatchTable;
import org.dateline.export.ExportField;
import org.dateline.export.ExportFormat;
import org.dateline.export.ExportProgress;
import org.dateline.export.ExportRequest;
import org.dateline.export.FileExport;
import org.dateline.extract.ActorRegistry;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.DateGranularity;
import org.dateline.search.InvalidRequestException;
import org.dateline.search.QuerySyntaxException;
import org.dateline.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline batch QUERIES.yaml|.csv}: many labelled queries counted into one long CSV table. */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Count labelled queries from a YAML or CSV file into one table: label,bucket,outlet,count,total.")
final class BatchCommand implements Callable<Integer> {
  private static final Pattern FILE_LABEL = Pattern.compile("[A-Za-z0-9._-]+");

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "QUERIES", description = "A .yaml/.yml list or a .csv table of label, query, from, to, actors, outlets.")
  Path file;

  @Option(names = "--by", paramLabel = "UNIT", description = "Date buckets: day, week, month, quarter, year (default: one bucket, all).")
  String by;

  @Option(names = "--export-dir", paramLabel = "DIR", description = "Also export each query's articles to DIR/LABEL.FORMAT with a manifest.")
  Path exportDir;

  @Option(names = "--corpus", paramLabel = "NAME", description = "Only articles of this corpus, in every entry's counts, totals and export (repeatable: any may match).")
  List<String> corpora = new ArrayList<>();

  @Option(names = "--export-format", paramLabel = "FORMAT", defaultValue = "jsonl", description = "Format of those exports: jsonl, csv or tsv (default: ${DEFAULT-VALUE}).")
  String exportFormat;

  @Override
  public Integer call() throws Exception {
    DateGranularity unit = by == null ? null : granularity(by);
    ExportFormat format = ExportFormat.parse(exportFormat);
    BatchFile batch = BatchFile.read(file);
    List<BatchError> errors = new ArrayList<>(batch.errors());
    PrintWriter out = spec.commandLine().getOut();
    ActorRegistry registry = common.registry();
    try (ArticleSearcher searcher = common.openSearcher(registry)) {
      BatchRunner runner = new BatchRunner(searcher.indexSearcher(), searcher.queries(), unit);
      FileExport files = new FileExport(searcher, common.indexDir(), registry.hash(), VersionProvider.version());
      if (exportDir != null) {
        Files.createDirectories(exportDir);
      }
      BatchTable.header(out);
      for (BatchQuery entry : batch.queries()) {
        BatchQuery q = new BatchQuery(entry.label(), entry.filter().withCorpora(corpora), entry.line());
        try {
          if (exportDir != null && !FILE_LABEL.matcher(q.label()).matches()) {
            throw new IllegalArgumentException("label '" + q.label() + "' cannot name a file in --export-dir (use letters, digits, . _ -)");
          }
          List<BatchRunner.Row> rows = runner.run(q);
          if (exportDir != null) {
            ExportRequest request = new ExportRequest(q.filter(), SortOrder.DATE, ExportField.DEFAULTS, format);
            files.write(request, exportDir.resolve(q.label() + "." + format.id()), ExportProgress.NONE);
          }
          BatchTable.rows(out, rows);
        } catch (QuerySyntaxException e) {
          errors.add(new BatchError(file, q.line(), "query does not parse" + (e.column() > 0 ? " at position " + e.column() : "")
              + ": " + e.getMessage()));
        } catch (InvalidRequestException | IllegalArgumentException e) {
          errors.add(new BatchError(file, q.line(), e.getMessage()));
        }
      }
    }
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    errors.stream().sorted(java.util.Comparator.comparingInt(BatchError::line))
        .forEach(e -> err.println("dateline: " + e.describe()));
    if (!errors.isEmpty()) {
      err.println(String.format(Locale.ROOT, "dateline: %d of %d queries failed; the others ran", errors.size(),
          batch.queries().size() + batch.errors().size()));
      return ExitCodes.DATA;
    }
    return ExitCodes.OK;
  }

  private static DateGranularity granularity(String unit) {
    try {
      return DateGranularity.valueOf(unit.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--by must be day, week, month, quarter or year, not '" + unit + "'");
    }
  }
}
