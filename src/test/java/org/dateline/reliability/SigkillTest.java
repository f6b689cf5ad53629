package org.dateline.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.TestPaths;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.OutletRegistry;
import org.dateline.index.ArticleIndexer;
import org.dateline.index.IngestOptions;
import org.dateline.index.IngestSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dateline index} killed with SIGKILL at seeded random moments, 30 times in the suite and
 * {@code -Ddateline.soak.kills=N} times in the soak run (see README, "Reliability"); every kill is
 * checked by {@link KillHarness}.
 */
class SigkillTest {
  @TempDir Path dir;

  @Test
  void killedIndexRunsNeverLoseACommitAndReRunsEndWithTheCleanBuild() throws IOException, InterruptedException {
    int kills = Integer.getInteger("dateline.soak.kills", 30);
    Path corpus = SyntheticCorpus.write(dir.resolve("news"), 5, 800, 30, 42);
    Path config = TestPaths.testConfig();
    try (ArticleIndexer clean = ArticleIndexer.open(dir.resolve("clean"), ActorRegistry.load(config), OutletRegistry.load(config),
        null)) {
      clean.index(List.of(IngestSource.ofPath(corpus, null)), IngestOptions.DEFAULT);
    }
    IndexProbe reference = IndexProbe.of(dir.resolve("clean"));
    assertEquals(4000, reference.count());
    KillHarness.Figures f = new KillHarness(dir, corpus, config.toAbsolutePath(), reference, 20260701L, 150).run(kills);
    System.out.println("reliability: sigkill: " + f);
    assertEquals(kills, f.kills());
    assertTrue(f.inCommit() > 0, "some kills landed inside a commit: " + f);
    assertTrue(f.resumes() > 0, "some runs resumed an interrupted one: " + f);
  }
}
