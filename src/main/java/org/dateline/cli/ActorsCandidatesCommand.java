package org.dateline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.extract.ActorRegistry;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.EntityCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline actors candidates [QUERY]}: the most frequent unknown names, to grow the registry. */
@Command(name = "candidates", mixinStandardHelpOptions = true,
    description = "The most frequent names the registry does not cover (entity field, filled by dateline enrich) among"
        + " the matching articles, each with one line of context and a suggested actors.tsv line.")
final class ActorsCandidatesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin FilterOptions filter;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "How many names (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw new IllegalArgumentException("--top must be at least 1");
    }
    ActorRegistry registry = common.registry();
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleSearcher searcher = ArticleSearcher.open(common.indexDir(), registry)) {
      List<EntityCandidates.Candidate> found = EntityCandidates.top(searcher, filter.toFilter(), top);
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("dateline: no unknown names among the matches; run dateline enrich to find them");
      }
      for (EntityCandidates.Candidate c : found) {
        out.println(String.format(Locale.ROOT, "%6d  %s", c.count(), c.surface()));
        out.println("        " + c.id() + ": " + c.context());
        out.println("        " + c.registryLine());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
