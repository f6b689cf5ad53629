package org.dateline.cli;

import java.io.PrintWriter;
import java.net.URI;

/** Opens a page in the desktop's browser for {@code serve --open}, or says why it cannot. */
final class Browser {
  private Browser() {}

  static void open(URI url, PrintWriter err) {
    for (String opener : new String[] {"xdg-open", "open"}) {
      try {
        new ProcessBuilder(opener, url.toString()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return;
      } catch (java.io.IOException e) {
        // not this platform's opener; try the next
      }
    }
    err.println("dateline: --open: found no way to start a browser here; open " + url + " yourself");
  }
}
