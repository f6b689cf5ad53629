package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.dateline.config.ConfigDir;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.OutletRegistry;
import org.dateline.serve.Backend;
import org.dateline.serve.WebServer;

/** Opens the backend {@code dateline serve} uses, for the command and for tests that start a server. */
public final class ServeBackends {
  private ServeBackends() {}

  /** The index in {@code indexDir} with the registries of {@code configDir} (null: the default folder), for default settings. */
  public static Backend open(Path indexDir, Path configDir) throws IOException {
    Path config = ConfigDir.resolve(configDir);
    WebServer.Settings d = WebServer.Settings.defaults(0);
    return LocalBackend.open(indexDir, ActorRegistry.load(config), OutletRegistry.load(config), VersionProvider.version(),
        d.workers() + d.exports());
  }

  /** Makes {@code backend} read the newest commit now rather than at its next check; for tests. */
  public static void refresh(Backend backend) throws IOException {
    ((LocalBackend) backend).refresh();
  }
}
