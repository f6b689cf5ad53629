package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Article ids that begin with '-' (Telegram's), ids given without their corpus, and the version on
 * every subcommand.
 */
class IdsAndVersionTest extends InProcessCliTest {
  @TempDir Path dir;

  private String[] with(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 4);
    all[args.length] = "--index";
    all[args.length + 1] = dir.resolve("index").toString();
    all[args.length + 2] = "--config";
    all[args.length + 3] = TestPaths.testConfig().toString();
    return all;
  }

  private void index(String corpus, String... posts) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(corpus));
    for (int i = 0; i < posts.length; i++) {
      Files.writeString(folder.resolve("p" + i + ".txt"), posts[i]);
    }
    assertEquals(0, run(with("index", folder.toString(), "-q")), err);
  }

  @Test
  void anIdBeginningWithADashIsAnIdNotAnOption() throws Exception {
    index("tg", "id: -1001000724666/11015\ndate: 2022-03-01\n\nTalks in Istanbul on grain exports.",
        "id: -1001000724666/11016\ndate: 2022-03-02\n\nGrain exports from Odesa resumed after the talks.");
    assertEquals(0, run(with("show", "tg/-1001000724666/11015", "--format", "json")), err);
    assertTrue(out.startsWith("{\"id\":\"tg/-1001000724666/11015\","), out);
    assertEquals(0, run(with("show", "-1001000724666/11015", "--format", "json")), err);
    assertTrue(out.startsWith("{\"id\":\"tg/-1001000724666/11015\","), "the corpus is found when only one has the id: " + out);
    assertEquals(0, run(with("similar", "-1001000724666/11015", "--format", "json")), err);
    assertTrue(out.contains("\"id\":\"tg/-1001000724666/11016\""), out);
    assertEquals(66, run(with("show", "-1001000724666/99999")));
    assertEquals("dateline: no article with id '-1001000724666/99999'\n", err);
    assertEquals(64, run(with("show", "--formt", "json", "x")), "a mistyped option is still an error");
  }

  @Test
  void anIdInTwoCorporaMustBeGivenInFull() throws Exception {
    index("alpha", "id: A-1\ndate: 2022-03-01\n\nOne.");
    index("beta", "id: A-1\ndate: 2022-03-01\n\nTwo.");
    assertEquals(64, run(with("show", "A-1")));
    assertEquals("dateline: id 'A-1' is in 2 corpora (alpha/A-1, beta/A-1); give the full id\n", err);
    assertEquals(0, run(with("show", "beta/A-1", "--format", "json")), err);
    assertTrue(out.contains("\"text\":\"Two.\""), out);
  }

  @Test
  void everySubcommandPrintsTheVersion() {
    String expected = "dateline " + VersionProvider.version() + "\n";
    for (String[] args : new String[][] {{"--version"}, {"search", "--version"}, {"show", "-V"}, {"export", "-V"},
        {"actors", "explain", "--version"}, {"index", "-V"}}) {
      assertEquals(0, run(args), String.join(" ", args));
      assertEquals(expected, out, String.join(" ", args));
    }
  }
}
