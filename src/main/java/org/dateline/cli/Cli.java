package org.dateline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.dateline.config.ConfigException;
import org.dateline.export.ManifestException;
import org.dateline.index.IncompatibleIndexException;
import org.dateline.index.IndexLockedException;
import org.dateline.index.IndexWriteException;
import org.dateline.index.IngestAbortedException;
import org.dateline.search.InvalidRequestException;
import org.dateline.search.NoIndexException;
import org.dateline.search.QueryRefusedException;
import org.dateline.search.QuerySyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Builds the {@code dateline} command line, for {@link Main} and for tests alike. */
public final class Cli {
  private Cli() {}

  /**
   * The subcommands in the order {@code dateline --help} lists them. Suppliers rather than classes
   * so that a run builds the picocli model (by reflection, the main cost of a cold start) of the
   * one command it runs, not of all of them.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("index", IndexCommand::new);
    m.put("search", SearchCommand::new);
    m.put("show", ShowCommand::new);
    m.put("timeline", TimelineCommand::new);
    m.put("cooccur", CooccurCommand::new);
    m.put("similar", SimilarCommand::new);
    m.put("corpora", CorporaCommand::new);
    m.put("export", ExportCommand::new);
    m.put("verify", VerifyCommand::new);
    m.put("batch", BatchCommand::new);
    m.put("actors", ActorsCommand::new);
    m.put("enrich", EnrichCommand::new);
    m.put("serve", ServeCommand::new);
    m.put("solr-configset", SolrConfigsetCommand::new);
    return m;
  }

  /** A command line with every subcommand that prints data to {@code out} and diagnostics to {@code err}. */
  public static CommandLine create(PrintWriter out, PrintWriter err) {
    return create(out, err, COMMANDS.keySet());
  }

  /**
   * A command line for running {@code args}: when its first argument names a subcommand, only that
   * subcommand is built; otherwise (help, version, errors) all of them.
   */
  public static CommandLine forArgs(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length > 0 && COMMANDS.containsKey(args[0])) {
      return create(out, err, Set.of(args[0]));
    }
    return create(out, err);
  }

  /**
   * Runs {@code args} with data going to {@code stdout} and diagnostics to {@code err}; returns the
   * exit code. A failed write to stdout ends the command: quietly with 0 when the reader closed the
   * pipe, else with exit 74 and one line on stderr, also when only the last flush fails.
   */
  public static int run(String[] args, OutputStream stdout, PrintWriter rawErr) {
    PrintWriter err = SafeText.wrap(rawErr, true); // file names, titles and messages can hold terminal escapes
    StdoutStream stream = new StdoutStream(stdout);
    PrintWriter out = new PrintWriter(stream, false, StandardCharsets.UTF_8);
    int code = ExitCodes.OK;
    try {
      code = forArgs(args, out, err).execute(args);
      out.flush();
    } catch (StdoutStream.Failure e) {
      // picocli's own printing (help, version) and the last flush are outside the handler
    }
    // Judged here, not by the command: a failure that some code caught and went on from still counts.
    StdoutStream.Failure failure = stream.failure();
    if (failure == null) {
      return code;
    }
    if (failure.closedPipe()) {
      return ExitCodes.OK;
    }
    err.println("dateline: " + failure.describe());
    err.flush();
    return ExitCodes.IO;
  }

  private static CommandLine create(PrintWriter out, PrintWriter err, Set<String> names) {
    CommandLine cl = new CommandLine(new DatelineCommand());
    COMMANDS.forEach((name, command) -> {
      if (names.contains(name)) {
        cl.addSubcommand(name, command.get());
      }
    });
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine cmd = ex.getCommandLine();
      cmd.getErr().println("dateline: " + ex.getMessage());
      cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
      return ExitCodes.USAGE;
    });
    cl.setExecutionExceptionHandler(Cli::handle);
    // Help and version are printed outside the exception handler; a failed write there is reported by run().
    CommandLine.IExecutionStrategy last = new CommandLine.RunLast();
    cl.setExecutionStrategy(parsed -> {
      try {
        return last.execute(parsed);
      } catch (StdoutStream.Failure e) {
        return exitCode(e);
      }
    });
    everyCommand(cl, Cli::configure);
    return cl;
  }

  /** The commands whose first parameter is an article id, which may begin with '-' (Telegram's do). */
  private static final Set<String> TAKE_AN_ID = Set.of("dateline show", "dateline similar", "dateline actors explain");

  /**
   * Gives every subcommand the version of the top command ({@code search --version}, {@code show
   * -V}), and lets the commands that take an article id read {@code -1001000724666/11015} as one:
   * picocli takes a word that begins with '-' and is no known option for a mistyped option, except
   * where unknown options are positional parameters.
   */
  private static void configure(CommandLine cmd) {
    cmd.getCommandSpec().versionProvider(new VersionProvider());
    if (TAKE_AN_ID.contains(cmd.getCommandSpec().qualifiedName())) {
      cmd.setUnmatchedOptionsArePositionalParams(true);
    }
  }

  private static void everyCommand(CommandLine cmd, java.util.function.Consumer<CommandLine> action) {
    action.accept(cmd);
    cmd.getSubcommands().values().forEach(sub -> everyCommand(sub, action));
  }

  private static int handle(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    int code = exitCode(ex);
    if (ex instanceof StdoutStream.Failure) {
      return code; // run() reports it, once, however the command ended
    }
    err.println("dateline: " + message(ex, cmd));
    if (verbose(parsed)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  static int exitCode(Throwable ex) {
    return switch (ex) {
      case StdoutStream.Failure e -> e.closedPipe() ? ExitCodes.OK : ExitCodes.IO;
      case UncheckedIOException e -> ExitCodes.IO;
      case NoIndexException e -> ExitCodes.NO_INPUT;
      case NoSuchFileException e -> ExitCodes.NO_INPUT;
      case IndexLockedException e -> ExitCodes.TEMPFAIL;
      case QuerySyntaxException e -> ExitCodes.DATA;
      case IngestAbortedException e -> ExitCodes.DATA;
      case ManifestException e -> ExitCodes.DATA;
      case InvalidRequestException e -> ExitCodes.USAGE;
      case IllegalArgumentException e -> ExitCodes.USAGE;
      case ConfigException e -> ExitCodes.CONFIG;
      case IncompatibleIndexException e -> ExitCodes.CONFIG;
      case IndexWriteException e when e.outOfMemory() -> ExitCodes.SOFTWARE;
      case IOException e -> ExitCodes.IO;
      default -> ExitCodes.SOFTWARE;
    };
  }

  private static String message(Exception ex, CommandLine cmd) {
    return switch (ex) {
      case StdoutStream.Failure e -> e.describe();
      case UncheckedIOException e -> "I/O error: " + e.getCause().getMessage();
      case NoIndexException e -> e.getMessage() + "; build one with: dateline index PATH";
      case NoSuchFileException e -> e.getFile() + ": " + (e.getReason() != null ? e.getReason() : "no such file or folder");
      case IngestAbortedException e -> e.getMessage();
      case QueryRefusedException e -> e.getMessage();
      case QuerySyntaxException e -> "query does not parse" + (e.column() > 0 ? " at position " + e.column() : "")
          + ": " + e.getMessage() + "; hint: quote phrases with \"...\" and escape special characters"
          + " (+ - ! ( ) { } [ ] ^ \" ~ * ? : \\ /) with a backslash";
      case IllegalArgumentException e -> e.getMessage();
      case InvalidRequestException e -> e.getMessage();
      case ConfigException e -> e.getMessage();
      case ManifestException e -> e.getMessage();
      case IndexWriteException e -> e.getMessage();
      case IndexLockedException e -> e.getMessage();
      case IncompatibleIndexException e -> e.getMessage();
      case IOException e -> "I/O error: " + e.getMessage();
      default -> "internal error: " + ex + " (run with -v for the stack trace)";
    };
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
