package org.dateline.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dateline.extract.ActorRegistry;
import org.dateline.index.ActorApplier;
import org.dateline.search.ArticleSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline actors apply}: recomputes the actor fields of the whole index after a registry edit. */
@Command(name = "apply", mixinStandardHelpOptions = true,
    description = "Recompute the actor fields of the index after a registry edit, from the text the index stores"
        + " (no corpus is read again); only articles the edit can affect are matched, only changed ones rewritten.")
final class ActorsApplyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--all", description = "Match every article again, not only those the edit can affect.")
  boolean all;

  @Override
  public Integer call() throws Exception {
    ActorRegistry registry = common.registry();
    ArticleSearcher.open(common.indexDir(), registry).close(); // exit 66 with a hint when there is no index
    ActorApplier.Report r;
    try (ActorApplier applier = ActorApplier.open(common.indexDir())) {
      r = applier.apply(registry, all);
    }
    spec.commandLine().getErr().println(summary(r));
    return ExitCodes.OK;
  }

  /** The one report line: what was read and changed, per field, and how fast. */
  static String summary(ActorApplier.Report r) {
    StringBuilder fields = new StringBuilder();
    for (Map.Entry<String, Long> e : new TreeMap<>(r.changedByField()).entrySet()) {
      fields.append(fields.isEmpty() ? " (" : ", ").append(e.getKey()).append(' ').append(e.getValue());
    }
    if (!fields.isEmpty()) {
      fields.append(')');
    }
    return String.format(Locale.ROOT, "dateline: applied actor registry %s (index had %s): %d articles, %d matched again,"
        + " %d changed%s in %.1f s", r.hash(), r.previousHash() == null ? "none" : r.previousHash(), r.articles(), r.read(),
        r.changed(), fields, r.elapsed().toNanos() / 1e9);
  }
}
