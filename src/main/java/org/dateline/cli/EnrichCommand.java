package org.dateline.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.ProperNounRecognizer;
import org.dateline.index.ActorApplier;
import org.dateline.search.ArticleSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dateline enrich}: the opt-in pass that fills the {@code entity} field with unknown names. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Find the names the actor registry does not cover in every English article (OpenNLP proper nouns)"
        + " and store them in the entity field, for dateline actors candidates. Slow: about 150 articles/s per core.")
final class EnrichCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    ActorRegistry registry = common.registry();
    ArticleSearcher.open(common.indexDir(), registry).close(); // exit 66 with a hint when there is no index
    ActorApplier.Report r;
    try (ActorApplier applier = ActorApplier.open(common.indexDir())) {
      r = applier.enrich(registry, ProperNounRecognizer.english());
    }
    spec.commandLine().getErr().println(String.format(Locale.ROOT,
        "dateline: enriched %d English articles of %d: unknown names changed in %d, in %.1f s", r.read(), r.articles(),
        r.changed(), r.elapsed().toNanos() / 1e9));
    return ExitCodes.OK;
  }
}
