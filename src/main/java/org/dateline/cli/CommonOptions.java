package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.dateline.config.ConfigDir;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.OutletRegistry;
import org.dateline.search.ArticleSearcher;
import picocli.CommandLine.Option;

/** Options every command takes: where the index and the configuration are, and verbosity. */
final class CommonOptions {
  /** Environment variable naming the default index folder. */
  static final String INDEX_ENV = "DATELINE_INDEX";

  @Option(names = "--index", paramLabel = "DIR",
      description = "Index folder (default: $DATELINE_INDEX, else ./index).")
  Path index;

  @Option(names = "--config", paramLabel = "DIR",
      description = "Configuration folder with actors.tsv (default: $DATELINE_CONFIG, else ./index-config).")
  Path config;

  @Option(names = {"-v", "--verbose"}, description = "Print stack traces and details of every warning.")
  boolean verbose;

  /** The index folder to use. */
  Path indexDir() {
    if (index != null) {
      return index;
    }
    String env = System.getenv(INDEX_ENV);
    return Path.of(env != null && !env.isBlank() ? env : "index");
  }

  /** Loads the actor registry from the configuration folder. */
  ActorRegistry registry() {
    return ActorRegistry.load(ConfigDir.resolve(config));
  }

  /** Loads the outlet registry ({@code outlets.tsv}) from the configuration folder; empty when absent. */
  OutletRegistry outlets() {
    return OutletRegistry.load(ConfigDir.resolve(config));
  }

  /** Opens the index for reading with both registries of the configuration folder. */
  ArticleSearcher openSearcher(ActorRegistry registry) throws IOException {
    return ArticleSearcher.open(indexDir(), registry, outlets());
  }
}
