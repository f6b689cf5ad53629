package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.config.ConfigDir;
import org.dateline.config.CorpusConfig;
import org.dateline.config.CorpusConfigs;
import org.dateline.config.CorpusRoot;
import org.dateline.index.IndexedCorpora;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline corpora}: the configured corpora, whether their files are there, and what the index holds of each. */
@Command(name = "corpora", mixinStandardHelpOptions = true, description = "List the configured corpora with their indexed article counts and last-indexed time.")
final class CorporaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--corpus-root", paramLabel = "DIR", description = "Folder the paths in corpus configs are relative to (default: $DATELINE_CORPUS_ROOT, else ./corpus).")
  Path corpusRoot;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    Map<String, CorpusConfig> configs = CorpusConfigs.load(ConfigDir.resolve(common.config));
    Map<String, IndexedCorpora.Stats> indexed = IndexedCorpora.read(common.indexDir());
    Path root = CorpusRoot.resolve(corpusRoot);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      JsonOutput.corpora(out, configs, indexed, name -> present(configs.get(name), root));
      out.flush();
      return ExitCodes.OK;
    }
    out.printf(Locale.ROOT, "%-22s %-6s %-8s %10s %10s  %s%n", "corpus", "format", "files", "expected", "indexed", "last indexed");
    for (CorpusConfig c : configs.values()) {
      IndexedCorpora.Stats s = indexed.get(c.name());
      out.printf(Locale.ROOT, "%-22s %-6s %-8s %10s %10s  %s%n", c.name(), c.reader().format() == null ? "auto" : c.reader().format(),
          present(c, root) ? "present" : "missing", c.expectedArticles() == null ? "-" : String.format(Locale.ROOT, "%,d", c.expectedArticles()),
          String.format(Locale.ROOT, "%,d", s == null ? 0 : s.articles()), s == null ? "never" : s.lastIndexed().toString());
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** True when every path of the corpus exists under the corpus root. */
  static boolean present(CorpusConfig c, Path root) {
    try {
      return !c.roots(root).isEmpty() && c.roots(root).stream().allMatch(r -> Files.exists(r.path()));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
