package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dateline.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option of every command that writes a manifest (export, batch) either changes what is
 * exported, and then an export with it must verify as the same, or is declared here as changing
 * nothing that is exported, with the reason. The options come from picocli's model of each
 * command, so an option added later fails this test until it is recorded in the manifest (and
 * given a sample below) or declared. Each sample must change the exported bytes on the fixture
 * index, so a sample that changes nothing cannot pass for a recorded option.
 */
class ManifestCompletenessTest {
  @TempDir static Path dir;

  /** A request: the arguments of the export without the option, and the option with its value. */
  private record Sample(List<String> base, List<String> option) {}

  private static Sample sample(List<String> base, String... option) {
    return new Sample(base, List.of(option));
  }

  /** Export's options and parameters that select or shape what is exported, each with a sample that changes it. */
  private static final Map<String, Sample> EXPORT_SAMPLES = Map.ofEntries(
      Map.entry("QUERY", sample(List.of(), "Istanbul")),
      Map.entry("--from", sample(List.of(), "--from", "2025-05-16")),
      Map.entry("--to", sample(List.of(), "--to", "2025-05-15")),
      Map.entry("--actor", sample(List.of(), "--actor", "Putin")),
      Map.entry("--outlet", sample(List.of(), "--outlet", "rt")),
      Map.entry("--lang", sample(List.of(), "--lang", "uk")),
      Map.entry("--corpus", sample(List.of(), "--corpus", "extra")),
      Map.entry("--syntax", sample(List.of("talks", "NOT", "Istanbul"), "--syntax", "plain")),
      Map.entry("--default-operator", sample(List.of("Istanbul", "Putin"), "--default-operator", "OR")),
      Map.entry("--format", sample(List.of(), "--format", "csv")),
      Map.entry("--fields", sample(List.of(), "--fields", "id,title")),
      Map.entry("--sort", sample(List.of(), "--sort", "-date")));

  /** Batch's options that change the exports it writes, each with a sample (the entry is the whole index). */
  private static final Map<String, Sample> BATCH_SAMPLES = Map.ofEntries(
      Map.entry("--corpus", sample(List.of(), "--corpus", "extra")),
      Map.entry("--export-format", sample(List.of(), "--export-format", "csv")));

  /** Options that change nothing that is exported, and why. */
  private static final Map<String, String> NOT_IN_THE_RESULT = Map.of(
      "--index", "where the index is: recorded as index.path, and verify may be pointed elsewhere",
      "--config", "where the registry is: its hash is recorded as registry_hash",
      "--verbose", "diagnostics only",
      "--help", "prints help, exports nothing",
      "--version", "prints the version, exports nothing",
      "--output", "where the file goes: recorded as file",
      "--by", "the buckets of batch's count table, not its exports",
      "--export-dir", "where batch's files go: recorded as file",
      "QUERIES", "the batch file: each entry's query, dates, actors and outlets are recorded");

  @BeforeAll
  static void buildIndex() throws Exception {
    Path extra = Files.createDirectories(dir.resolve("extra"));
    Files.writeString(extra.resolve("uk.txt"), "title: Переговори у Стамбулі\ndate: 2025-05-17\noutlet: Ukrinform\n"
        + "lang: uk\n\nДелегації зустрілися у Стамбулі на переговорах.");
    Path index = dir.resolve("index");
    for (String corpus : List.of("src/test/resources/small", extra.toString())) {
      assertEquals(0, new CliRunner().run("index", corpus, "--index", index.toString(), "--config",
          TestPaths.testConfig().toString(), "-q"));
    }
  }

  private static CliRunner dateline(List<String> args) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString()));
    CliRunner r = new CliRunner();
    int code = r.run(all.toArray(String[]::new));
    assertEquals(0, code, String.join(" ", args) + ": " + r.err);
    return r;
  }

  /** The long names of the options and the labels of the parameters of {@code command}. */
  private static List<String> arguments(String command) {
    CommandLine cl = Cli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .getSubcommands().get(command);
    List<String> names = new ArrayList<>();
    for (ArgSpec arg : cl.getCommandSpec().args()) {
      names.add(arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel());
    }
    return names;
  }

  private static void everyArgumentIsRecordedOrDeclared(String command, Map<String, Sample> samples) {
    for (String name : arguments(command)) {
      if (!samples.containsKey(name) && !NOT_IN_THE_RESULT.containsKey(name)) {
        fail(command + " " + name + " is neither recorded in the manifest (with a sample in this test) nor declared as "
            + "changing nothing that is exported");
      }
    }
    assertEquals(new TreeSet<>(samples.keySet()),
        new TreeSet<>(arguments(command).stream().filter(samples::containsKey).toList()), command + ": stale samples");
  }

  @Test
  void everyExportOptionIsReproducedByVerify() throws Exception {
    everyArgumentIsRecordedOrDeclared("export", EXPORT_SAMPLES);
    for (Map.Entry<String, Sample> e : EXPORT_SAMPLES.entrySet()) {
      Sample s = e.getValue();
      Path without = dir.resolve("without-" + e.getKey().replace("-", "") + ".out");
      Path with = dir.resolve("with-" + e.getKey().replace("-", "") + ".out");
      List<String> base = new ArrayList<>(List.of("export"));
      base.addAll(s.base());
      dateline(concat(base, List.of("--output", without.toString())));
      dateline(concat(base, s.option(), List.of("--output", with.toString())));
      assertNotEquals(Files.readString(without), Files.readString(with), e.getKey() + ": the sample must change the export");
      CliRunner verify = dateline(List.of("verify", with + ".manifest.json"));
      assertTrue(verify.out.endsWith("verify: same\n"), e.getKey() + ": " + verify.out + verify.err);
    }
  }

  @Test
  void everyBatchOptionIsReproducedByVerify() throws Exception {
    everyArgumentIsRecordedOrDeclared("batch", BATCH_SAMPLES);
    Path queries = dir.resolve("queries.yaml");
    Files.writeString(queries, "- label: all\n");
    for (Map.Entry<String, Sample> e : BATCH_SAMPLES.entrySet()) {
      Path without = Files.createDirectories(dir.resolve("batch-without" + e.getKey()));
      Path with = Files.createDirectories(dir.resolve("batch-with" + e.getKey()));
      dateline(List.of("batch", queries.toString(), "--export-dir", without.toString()));
      dateline(concat(List.of("batch", queries.toString(), "--export-dir", with.toString()), e.getValue().option()));
      Path exported;
      try (var files = Files.list(with)) {
        exported = files.filter(f -> !f.toString().endsWith(".manifest.json")).findFirst().orElseThrow();
      }
      try (var files = Files.list(without)) {
        Path other = files.filter(f -> !f.toString().endsWith(".manifest.json")).findFirst().orElseThrow();
        assertNotEquals(Files.readString(other), Files.readString(exported), e.getKey() + ": the sample must change the export");
      }
      CliRunner verify = dateline(List.of("verify", exported + ".manifest.json"));
      assertTrue(verify.out.endsWith("verify: same\n"), e.getKey() + ": " + verify.out + verify.err);
    }
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    return Arrays.stream(parts).flatMap(List::stream).toList();
  }
}
