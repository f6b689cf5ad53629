package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.export.ArticleExporter;
import org.dateline.export.ExportField;
import org.dateline.export.ExportFormat;
import org.dateline.export.ExportRequest;
import org.dateline.export.FileExport;
import org.dateline.export.Manifest;
import org.dateline.export.RowWriter;
import org.dateline.extract.ActorRegistry;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline export [QUERY]}: every matching article, uncapped and in a stable order, as JSONL, CSV or TSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write every matching article (no cap) as JSONL, CSV or TSV, in a stable order.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin FilterOptions filter;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", description = "jsonl, csv or tsv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--fields", paramLabel = "F1,F2,...", description = "Columns, in order (default: id,date,outlet,lang,title,actors,url; also source, date_source, text).")
  String fields;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "date", description = "date, -date or relevance (default: ${DEFAULT-VALUE}); ties by id, undated last.")
  String sort;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE and FILE.manifest.json (default: stdout, no manifest).")
  Path output;

  @Override
  public Integer call() throws Exception {
    List<ExportField> columns = fields == null ? ExportField.DEFAULTS : ExportField.parseList(fields);
    ExportRequest request = new ExportRequest(filter.toFilter(), SortOrder.parse(sort), columns, ExportFormat.parse(format));
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = new ProgressLine(err, Terminal.stderr());
    ActorRegistry registry = common.registry();
    try (ArticleSearcher searcher = common.openSearcher(registry)) {
      ArticleExporter exporter = new ArticleExporter(searcher.indexSearcher(), searcher.queries());
      if (output == null) {
        StdoutWriter out = new StdoutWriter(spec.commandLine().getOut());
        try {
          exporter.export(request, RowWriter.of(request.format(), columns, out), progress);
        } finally {
          progress.clear();
        }
        return ExitCodes.OK;
      }
      Manifest manifest;
      try {
        manifest = new FileExport(searcher, common.indexDir(), registry.hash(), VersionProvider.version())
            .write(request, output, progress);
      } finally {
        progress.clear();
      }
      err.println(String.format(Locale.ROOT, "dateline: exported %,d rows to %s (manifest %s)", manifest.rows(), output,
          Manifest.pathFor(output)));
    }
    return ExitCodes.OK;
  }
}
