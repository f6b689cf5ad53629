package org.dateline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.RegistryCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dateline actors check}: validates the registry; exit 78 with one line per problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check the actor registry: unknown or circular part_of/stands_for, shared aliases, risky common-word aliases.")
final class ActorsCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    ActorRegistry registry = common.registry();
    List<String> problems = RegistryCheck.problems(registry);
    PrintWriter err = spec.commandLine().getErr();
    for (String p : problems) {
      err.println("dateline: " + p);
    }
    if (!problems.isEmpty()) {
      err.println(String.format(Locale.ROOT, "dateline: %d problem%s in the actor registry", problems.size(),
          problems.size() == 1 ? "" : "s"));
      return ExitCodes.CONFIG;
    }
    int aliases = registry.actors().stream().mapToInt(a -> a.aliases().size()).sum();
    spec.commandLine().getOut().println(String.format(Locale.ROOT, "ok: %d actors, %d aliases, registry hash %s",
        registry.size(), aliases, registry.hash()));
    return ExitCodes.OK;
  }
}
