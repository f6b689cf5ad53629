package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Cli#forArgs} builds only the subcommand it runs; help and errors still see them all. */
class LazyCommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void aRunBuildsOnlyItsSubcommand() {
    var cl = Cli.forArgs(new String[] {"search", "x"}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(Set.of("search"), cl.getSubcommands().keySet());
  }

  @Test
  void helpAndUnknownCommandsSeeEverySubcommand() {
    var all = Cli.create(new PrintWriter(out), new PrintWriter(err)).getSubcommands().keySet();
    assertEquals(all, Cli.forArgs(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(err)).getSubcommands().keySet());
    assertEquals(all, Cli.forArgs(new String[] {"serch"}, new PrintWriter(out), new PrintWriter(err)).getSubcommands().keySet());
    assertTrue(all.containsAll(Set.of("index", "search", "show", "export", "verify", "batch", "timeline", "cooccur",
        "similar", "corpora", "actors", "enrich")), all.toString());
  }

  @Test
  void aLazyCommandLineKeepsTheErrorHandling() {
    int code = Cli.forArgs(new String[] {"search", "--bogus"}, new PrintWriter(out), new PrintWriter(err))
        .execute("search", "--bogus");
    assertEquals(64, code);
    assertTrue(err.toString().startsWith("dateline: Unknown option: '--bogus'"), err.toString());
  }
}
