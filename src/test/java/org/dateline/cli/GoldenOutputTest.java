package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dateline.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public output contract, byte for byte: a fixed list of commands over the bundled sample
 * ({@code corpus/}, shipped config) and the six small articles ({@code src/test/resources/small},
 * test config), each compared with {@code src/test/resources/golden/NAME.out} (stdout) and
 * {@code NAME.err} (exit code and stderr). Temporary paths read {@code $TMP}, export timestamps
 * {@code $CREATED}.
 *
 * <p>A deliberate change of an output regenerates the files, which then show up in the diff for
 * review: {@code ./mvnw -q test -Dtest=GoldenOutputTest -Ddateline.golden=update}.
 */
class GoldenOutputTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = "update".equals(System.getProperty("dateline.golden"));

  @TempDir Path tmp;
  private final List<String> mismatches = new ArrayList<>();

  @Test
  void outputsAreByteIdenticalToTheGoldenFiles() throws IOException {
    String sample = tmp.resolve("sample").toString();
    String small = tmp.resolve("small").toString();
    String shipped = TestPaths.shippedConfig().toString();
    String test = TestPaths.testConfig().toString();
    String[] s = {"--index", sample, "--config", shipped};
    String[] t = {"--index", small, "--config", test};
    check("index-sample", s, "index", "corpus", "-q");
    check("index-small", t, "index", "src/test/resources/small", "-q");

    check("search-facets-json", s, "search", "Istanbul talks", "--facet", "actor", "--facet", "outlet", "--facet", "date:month", "--format", "json");
    check("search-facets-table", s, "search", "Istanbul talks", "--facet", "actor", "--facet", "outlet", "--facet", "date:month");
    check("search-literal-json", s, "search", "--facet", "actor_literal:20", "--limit", "0", "--format", "json");
    check("search-small-json", t, "search", "talks", "--outlet", "reuters", "--facet", "outlet", "--facet", "lang", "--facet", "date:week", "--format", "json");
    check("search-sort-date-json", t, "search", "--sort", "-date", "--limit", "4", "--offset", "1", "--kwic", "20", "--format", "json");
    check("search-unique-json", t, "search", "Istanbul", "--unique", "--facet", "actor", "--format", "json");
    check("search-fallback-json", t, "search", "Putin said?", "--limit", "1", "--format", "json");
    check("search-syntax-error", t, "search", "talks AND (", "--syntax", "lucene");
    check("search-bad-date", t, "search", "date:2025-02-30");
    check("show-json", s, "show", "corpus/000_118012358135d3be.txt", "--format", "json");
    check("show-table", t, "show", "small/a2.txt");
    check("show-missing", t, "show", "small/nope.txt");
    check("timeline-csv", t, "timeline", "Istanbul", "--by", "quarter", "--format", "csv");
    check("timeline-per-json", t, "timeline", "talks", "--by", "month", "--per", "outlet", "--top", "2", "--from", "2025-05-01", "--format", "json");
    check("timeline-actor-csv", t, "timeline", "--by", "year", "--per", "actor", "--top", "3", "--format", "csv");
    check("timeline-table", t, "timeline", "Istanbul", "--by", "year", "--normalize");
    check("cooccur-json", t, "cooccur", "--top", "5", "--format", "json");
    check("cooccur-csv", t, "cooccur", "--actor", "Putin", "--format", "csv");
    check("cooccur-score-table", t, "cooccur", "--sort", "score", "--top", "4");
    check("cooccur-gexf", t, "cooccur", "talks", "--format", "gexf");
    check("similar-json", t, "similar", "small/a1.txt", "--limit", "3", "--format", "json");
    check("similar-table", t, "similar", "small/a1.txt", "--limit", "2");
    check("export-jsonl", t, "export", "Istanbul OR Putin");
    check("export-csv", t, "export", "--format", "csv", "--fields", "id,date,title,actors,text", "--sort", "-date");
    check("export-tsv", t, "export", "--format", "tsv", "--fields", "id,title,source,date_source,text");
    String file = tmp.resolve("istanbul.csv").toString();
    check("export-file", t, "export", "Istanbul", "--format", "csv", "-o", file);
    checkFile("export-file-csv", Path.of(file));
    checkFile("export-file-manifest", Path.of(file + ".manifest.json"));
    check("verify-same", t, "verify", file + ".manifest.json");
    check("batch-yaml", t, "batch", GOLDEN.resolve("queries.yaml").toString(), "--by", "month");
    check("batch-csv", t, "batch", GOLDEN.resolve("queries.csv").toString());
    String exports = tmp.resolve("batch").toString();
    check("batch-export", t, "batch", GOLDEN.resolve("queries.csv").toString(), "--by", "year", "--export-dir", exports, "--export-format", "csv");
    checkFile("batch-export-istanbul", Path.of(exports, "istanbul.csv"));
    check("corpora", t, "corpora");
    check("actors-check", t, "actors", "check");
    check("actors-explain", t, "actors", "explain", "small/a1.txt");
    check("search-bad-per", t, "timeline", "--per", "colour");

    Files.writeString(Path.of(file), "edited\n");
    check("verify-different", t, "verify", file + ".manifest.json");
    assertTrue(mismatches.isEmpty(), "outputs differ from src/test/resources/golden (regenerate on purpose with"
        + " -Ddateline.golden=update and review the diff): " + mismatches);
  }

  private void check(String name, String[] index, String... args) throws IOException {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(List.of(index));
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Cli.create(new PrintWriter(o), new PrintWriter(e)).execute(all.toArray(String[]::new));
    if (name.startsWith("index-")) {
      assertEquals(0, code, name + ": " + e); // the report line holds timings: only its success is the contract here
      return;
    }
    compare(name + ".out", o.toString());
    compare(name + ".err", "exit " + code + "\n" + e);
  }

  private void checkFile(String name, Path file) throws IOException {
    compare(name + ".out", Files.readString(file, StandardCharsets.UTF_8));
  }

  private void compare(String golden, String actual) throws IOException {
    String normal = actual.replace(tmp.toString(), "$TMP")
        .replaceAll("\"created\" : \"[^\"]*\"", "\"created\" : \"\\$CREATED\"");
    Path path = GOLDEN.resolve(golden);
    if (UPDATE) {
      Files.writeString(path, normal, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "<missing " + path + ">";
    if (!expected.equals(normal)) {
      mismatches.add(golden + " (expected " + abbreviate(expected) + ", got " + abbreviate(normal) + ")");
    }
  }

  private static String abbreviate(String s) {
    String one = s.replace("\r", "\\r").replace("\n", "\\n");
    return one.length() > 400 ? one.substring(0, 400) + "..." : one;
  }
}
