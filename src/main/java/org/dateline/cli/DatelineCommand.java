package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code dateline} command; does nothing itself but list its subcommands, which
 * {@link Cli} adds (all of them, or only the one being run).
 */
@Command(
    name = "dateline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Search a local archive of dated news articles by who, when and where it was said.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:verify: something differs from the manifest",
      "64:usage error (unknown option, bad value, unknown actor)",
      "65:query does not parse (with --syntax lucene), names an impossible value or breaks a query limit; index --strict or --max-errors: input was rejected",
      "66:no index, file or article at the given path or id",
      "70:internal error (a bug; -v shows the stack trace)",
      "74:I/O error (stdout, an output file or the index cannot be written, e.g. a full disk; the last good commit is kept)",
      "75:index locked by another dateline process",
      "78:invalid configuration, or an index this version cannot use (not Dateline's, newer, or older for reading)"
    })
final class DatelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("dateline: missing command");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
