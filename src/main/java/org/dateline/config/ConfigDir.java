package org.dateline.config;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the {@code index-config/} folder that holds the actor registry and corpus configs. */
public final class ConfigDir {
  /** Environment variable that overrides the configuration folder. */
  public static final String ENV = "DATELINE_CONFIG";

  private ConfigDir() {}

  /**
   * Resolves the configuration folder: an explicit path if given, else {@code $DATELINE_CONFIG},
   * else {@code ./index-config} if it exists, else the {@code index-config} beside the installed
   * launcher (system property {@code dateline.home}).
   */
  public static Path resolve(Path explicit) {
    if (explicit != null) {
      return explicit;
    }
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path local = Path.of("index-config");
    if (Files.isDirectory(local)) {
      return local;
    }
    String home = System.getProperty("dateline.home");
    if (home != null) {
      Path installed = Path.of(home, "index-config");
      if (Files.isDirectory(installed)) {
        return installed;
      }
    }
    return local;
  }
}
