package org.dateline.config;

import java.nio.file.Path;

/** Where the paths in corpus configs are relative to: {@code --corpus-root}, else {@code $DATELINE_CORPUS_ROOT}, else {@code corpus/}. */
public final class CorpusRoot {
  /** Environment variable that overrides the corpus root. */
  public static final String ENV = "DATELINE_CORPUS_ROOT";

  private CorpusRoot() {}

  /** The corpus root: {@code explicit} if given, else the environment variable, else {@code corpus}. */
  public static Path resolve(Path explicit) {
    if (explicit != null) {
      return explicit;
    }
    String env = System.getenv(ENV);
    return Path.of(env != null && !env.isBlank() ? env : "corpus");
  }
}
