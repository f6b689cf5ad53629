package org.dateline.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dateline.extract.ActorRegistry;
import org.dateline.serve.ApiRoutes;
import org.dateline.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline serve}: the JSON API and the web page over one index, until Ctrl-C or SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve a web page and a read-only JSON API over the index, until Ctrl-C or SIGTERM.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--open", description = "Open the page in the desktop's browser.")
  boolean open;

  @Option(names = "--cors", paramLabel = "ORIGIN", description = "Let scripts on this one origin (https://example.org) read the API.")
  String cors;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Longest a request may compute before it is refused with 504 (default: ${DEFAULT-VALUE}).")
  double timeout;

  @Option(names = "--workers", paramLabel = "N", description = "Requests computed at once (default: the number of cores, at least 2).")
  Integer workers;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "64",
      description = "Requests that may wait for a worker; beyond them the answer is 503 (default: ${DEFAULT-VALUE}).")
  int queue;

  @Override
  public Integer call() throws Exception {
    if (!(timeout > 0) || port < 0 || port > 65535 || queue < 0 || (workers != null && workers < 1)) {
      throw new IllegalArgumentException("--timeout must be positive, --port 0-65535, --queue >= 0 and --workers >= 1");
    }
    ServerLimits.apply();
    CountDownLatch stop = stopSignal(); // before the start-up line, so a SIGTERM right after it is handled
    PrintWriter err = spec.commandLine().getErr();
    ActorRegistry registry = common.registry();
    WebServer.Settings defaults = WebServer.Settings.defaults(port);
    WebServer.Settings settings = new WebServer.Settings(host, port, workers == null ? defaults.workers() : workers, queue,
        defaults.exports(), Duration.ofMillis((long) (timeout * 1000)), cors);
    try (LocalBackend backend = LocalBackend.open(common.indexDir(), registry, common.outlets(), VersionProvider.version(),
        settings.workers() + settings.exports())) {
      Duration limit = Duration.ofMillis((long) (timeout * 1000));
      WebServer server;
      try {
        server = new ApiRoutes(backend, limit).register(WebServer.builder()).start(settings, err);
      } catch (BindException e) {
        err.println("dateline: cannot listen on " + host + ":" + port + ": " + e.getMessage()
            + " (another program uses it? choose another with --port, or --port 0 for any free one)");
        return ExitCodes.UNAVAILABLE;
      }
      if (!InetAddress.getByName(host).isLoopbackAddress()) {
        err.println("dateline: warning: listening on " + host + ": anyone who can reach this port can read the whole archive");
      }
      err.println(String.format(java.util.Locale.ROOT, "dateline: serving %s (%,d article%s) at %s", common.indexDir(),
          backend.size(), backend.size() == 1 ? "" : "s", server.url()));
      err.flush();
      if (open) {
        Browser.open(server.url(), err);
      }
      stop.await();
      err.println("dateline: stopping; letting requests in flight finish");
      err.flush();
      server.stop(Duration.ofSeconds(10));
    }
    return ExitCodes.OK;
  }

  /**
   * A latch that SIGINT (Ctrl-C) or SIGTERM opens. Handled rather than left to the JVM's default
   * (exit 130 or 143 through shutdown hooks) so that the server stops gracefully and exits 0.
   */
  private static CountDownLatch stopSignal() {
    CountDownLatch stop = new CountDownLatch(1);
    for (String name : new String[] {"INT", "TERM"}) {
      sun.misc.Signal.handle(new sun.misc.Signal(name), s -> stop.countDown());
    }
    return stop;
  }
}
