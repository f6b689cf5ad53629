package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dateline actors ...}: check, apply, explain and grow the actor registry. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "Check, apply, explain and grow the actor registry (index-config/actors.tsv).",
    subcommands = {ActorsCheckCommand.class, ActorsApplyCommand.class, ActorsCandidatesCommand.class,
        ActorsExplainCommand.class})
final class ActorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("dateline: missing subcommand");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
