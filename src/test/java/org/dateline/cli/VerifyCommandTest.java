package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.dateline.TestPaths;
import org.dateline.export.ExportCorpus;
import org.dateline.export.ExportField;
import org.dateline.export.Manifest;
import org.dateline.export.ManifestJson;
import org.dateline.search.ArticleFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest of {@code export --output} and {@code verify}: round trip, a changed file, a changed index. */
class VerifyCommandTest {
  @TempDir Path dir;
  Path file;
  Path manifest;
  String out;
  String err;

  int run(String... args) {
    return keep(new CliRunner(), r -> r.run(args));
  }

  int dateline(String... args) {
    return keep(new CliRunner("--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString()),
        r -> r.withOptions(args));
  }

  private int keep(CliRunner runner, java.util.function.ToIntFunction<CliRunner> call) {
    int code = call.applyAsInt(runner);
    out = runner.out;
    err = runner.err;
    return code;
  }

  @BeforeEach
  void exportIstanbul() throws Exception {
    ExportCorpus.build(dir, dir.resolve("index"));
    file = dir.resolve("istanbul.csv");
    manifest = dir.resolve("istanbul.csv.manifest.json");
    assertEquals(0, dateline("export", "Istanbul", "--format", "csv", "--fields", "id,title", "--output", file.toString()));
  }

  @Test
  void manifestRecordsTheRequestTheIndexAndTheChecksum() throws Exception {
    Manifest m = ManifestJson.read(manifest);
    assertEquals("istanbul.csv", m.file());
    assertEquals("Istanbul", m.filter().query());
    assertEquals(List.of(ExportField.ID, ExportField.TITLE), m.request().fields());
    assertEquals("date", m.request().sortName());
    assertEquals(2, m.rows());
    assertEquals(5, m.index().articles());
    assertEquals(1, m.index().generation(), "one indexing run: the first commit");
    assertEquals(ExportCorpus.registry().hash(), m.registryHash());
    assertEquals(m.registryHash(), m.index().registryHash());
    assertEquals(dir.resolve("index").toAbsolutePath().toString(), m.indexPath());
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    assertEquals(sha, m.sha256());
    String json = Files.readString(manifest);
    for (String key : List.of("manifest_version", "dateline_version", "created", "file", "format", "fields", "sort",
        "query", "from", "to", "actors", "outlets", "index", "path", "generation", "articles", "registry_hash", "rows", "sha256")) {
      assertTrue(json.contains("\"" + key + "\" : "), key + " in " + json);
    }
  }

  @Test
  void everyFilterIsRecordedAndReplayed() throws Exception {
    Path tsv = dir.resolve("filtered.tsv");
    assertEquals(0, dateline("export", "talks", "--from", "2025-05-01", "--to", "2025-05-31", "--actor", "Україна",
        "--outlet", "Reuters", "--outlet", "RT", "--format", "tsv", "--sort", "-date", "--output", tsv.toString()));
    Manifest m = ManifestJson.read(Manifest.pathFor(tsv));
    assertEquals(new ArticleFilter("talks", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), List.of("Україна"),
        List.of("Reuters", "RT")), m.filter());
    assertEquals("-date", m.request().sortName());
    assertEquals(ExportField.DEFAULTS, m.request().fields());
    assertEquals(1, m.rows(), "a1 only: a3 names Kyiv, not Ukraine");
    assertEquals(0, run("verify", Manifest.pathFor(tsv).toString(), "--config", TestPaths.testConfig().toString()), out);
  }

  @Test
  void unchangedExportVerifiesAsSame() {
    assertEquals(0, run("verify", manifest.toString(), "--config", TestPaths.testConfig().toString()));
    List<String> lines = out.lines().toList();
    assertEquals(5, lines.size(), out);
    assertEquals("file      same       " + file.toAbsolutePath() + " has the recorded SHA-256 ", lines.get(0).substring(0, lines.get(0).length() - 12));
    assertEquals("index     same       generation 1, 5 articles", lines.get(1));
    assertTrue(lines.get(2).startsWith("registry  same       actor registry "), out);
    assertEquals("rows      same       the request gives the same 2 rows again", lines.get(3));
    assertEquals("verify: same", lines.get(4));
    assertEquals("", err);
  }

  @Test
  void modifiedFileIsDifferent() throws Exception {
    Files.writeString(file, Files.readString(file).replace("Talks", "Walks"));
    assertEquals(1, run("verify", manifest.toString(), "--config", TestPaths.testConfig().toString()));
    assertTrue(out.startsWith("file      different  " + file.toAbsolutePath() + " was modified: SHA-256 "), out);
    assertTrue(out.endsWith("verify: different (file)\n"), out);
  }

  @Test
  void changedIndexIsDetected() throws Exception {
    Files.writeString(dir.resolve("ex/a6.txt"), "title: Istanbul again\ndate: 2025-06-01\noutlet: BBC\n\nMore talks in Istanbul.");
    assertEquals(0, dateline("index", dir.resolve("ex").toString(), "--quiet"));
    assertEquals(1, run("verify", manifest.toString(), "--config", TestPaths.testConfig().toString()));
    assertTrue(out.contains("\nindex     different  changed: generation 1 -> 2, 5 -> 6 articles\n"), out);
    assertTrue(out.contains("\nrows      different  the request gave 2 rows, now 3\n"), out);
    assertTrue(out.endsWith("verify: different (index, rows)\n"), out);
  }

  @Test
  void changedIndexWithTheSameRowsSaysSo() throws Exception {
    Files.writeString(dir.resolve("ex/a7.txt"), "title: Unrelated\ndate: 2025-06-01\noutlet: BBC\n\nWeather report.");
    assertEquals(0, dateline("index", dir.resolve("ex").toString(), "--quiet"));
    assertEquals(1, run("verify", manifest.toString(), "--config", TestPaths.testConfig().toString()));
    assertTrue(out.contains("\nindex     different  changed: generation 1 -> 2, 5 -> 6 articles\n"), out);
    assertTrue(out.contains("\nrows      same       the request gives the same 2 rows again\n"), out);
  }

  @Test
  void badOrMissingManifest() throws Exception {
    Files.writeString(manifest, "{\"manifest_version\": 1,\n \"file\": ");
    assertEquals(65, run("verify", manifest.toString()));
    assertTrue(err.startsWith("dateline: " + manifest + " line 2: not valid JSON: "), err);
    Files.writeString(manifest, "{\"manifest_version\": 1}");
    assertEquals(65, run("verify", manifest.toString()));
    assertEquals("dateline: " + manifest + ": field 'query' is missing\n", err);
    assertEquals(66, run("verify", dir.resolve("none.manifest.json").toString()));
    assertEquals("dateline: " + dir.resolve("none.manifest.json") + ": no such file or folder\n", err);
  }
}
