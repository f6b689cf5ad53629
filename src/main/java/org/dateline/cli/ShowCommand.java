package org.dateline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.ArticleView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline show ID}: one article's stored fields and full text. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print one article: its stored fields and full text.")
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "ID", description = "Article id, as shown by search.")
  String id;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleSearcher searcher = common.openSearcher(common.registry())) {
      ArticleView article = searcher.show(id).orElse(null);
      if (article == null) {
        spec.commandLine().getErr().println("dateline: no article with id '" + id + "'");
        return ExitCodes.NO_INPUT;
      }
      if (format == OutputFormat.json) {
        JsonOutput.article(out, article);
        out.flush();
      } else {
        TableOutput.article(out, article);
      }
    }
    return ExitCodes.OK;
  }
}
