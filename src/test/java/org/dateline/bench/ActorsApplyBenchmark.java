package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dateline.TestPaths;
import org.dateline.extract.ActorRegistry;
import org.dateline.index.ActorApplier;
import org.dateline.index.ArticleIndexer;
import org.dateline.index.IndexReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints the figures of BENCHMARKS.md for {@code dateline actors apply}: after a registry edit,
 * a full re-index of Reuters-21578 against applying the edit to a copy of the same index. The
 * articles are written to a temporary folder as text files (deleted afterwards) because the
 * indexer reads text files. Off by default; run it with
 * {@code ./mvnw -q -o test -Dtest=ActorsApplyBenchmark -Ddateline.bench=true}.
 */
class ActorsApplyBenchmark {
  /** The registry edit: one new person with a weak surname alias, as a curator would add one. */
  static final String EDIT = "id\ttype\tname\twikidata\tpart_of\tstands_for\taliases\n"
      + "james-baker\tPERSON\tJames Baker\t-\t-\t-\tJames Baker|James A. Baker|Treasury Secretary James Baker|@Baker\n";

  @TempDir Path dir;

  @Test
  void reindexVersusApplyOnReuters() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("dateline.bench"), "benchmark: run with -Ddateline.bench=true");
    List<Corpora.Doc> docs = Corpora.reuters(TestPaths.sharedCorpora().resolve("reuters21578"));
    Path corpus = dir.resolve("reuters");
    Files.createDirectories(corpus);
    for (Corpora.Doc d : docs) {
      int nl = d.text().indexOf('\n');
      String title = nl < 0 ? "" : d.text().substring(0, nl).replaceAll("\\s+", " ").strip();
      Files.writeString(corpus.resolve(d.key() + ".txt"), "title: " + title + "\ndate: 1987-03-01\n\n"
          + d.text().substring(nl + 1));
    }
    Path config = dir.resolve("config");
    copy(TestPaths.shippedConfig(), config);
    ActorRegistry before = ActorRegistry.load(config);
    Path index = dir.resolve("index");
    IndexReport first = index(index, before, corpus);
    print("first index of %d articles: %.1f s", first.added(), first.elapsed().toMillis() / 1000.0);
    Path copy = dir.resolve("index-copy");
    copy(index, copy);

    Files.createDirectories(config.resolve(ActorRegistry.EXTRA_DIR));
    Files.writeString(config.resolve(ActorRegistry.EXTRA_DIR).resolve("bench.tsv"), EDIT);
    ActorRegistry after = ActorRegistry.load(config);
    IndexReport again = index(index, after, corpus);
    double reindex = again.elapsed().toNanos() / 1e9;
    ActorApplier.Report applied;
    try (ActorApplier applier = ActorApplier.open(copy)) {
      applied = applier.apply(after, false);
    }
    double apply = applied.elapsed().toNanos() / 1e9;
    print("after adding james-baker: full re-index %.1f s (%d updated, %.0f articles/s);"
        + " actors apply %.2f s (%d articles, %d matched again, %d changed); apply is %.1fx faster",
        reindex, again.updated(), again.updated() / reindex, apply, applied.articles(), applied.read(), applied.changed(),
        reindex / apply);
    print("articles whose actor fields differ between the re-indexed and the applied index: %d of %d",
        differing(index, copy), applied.articles());
  }

  /** Articles whose stored actor fields differ between two indexes of the same articles. */
  private static long differing(Path a, Path b) throws IOException {
    java.util.Map<String, String> left = actorFields(a);
    java.util.Map<String, String> right = actorFields(b);
    return left.entrySet().stream().filter(e -> !e.getValue().equals(right.get(e.getKey()))).count()
        + right.keySet().stream().filter(k -> !left.containsKey(k)).count();
  }

  private static java.util.Map<String, String> actorFields(Path index) throws IOException {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(index);
        org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
      org.apache.lucene.index.StoredFields stored = reader.storedFields();
      org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
      for (int d = 0; d < reader.maxDoc(); d++) {
        if (live == null || live.get(d)) {
          org.apache.lucene.document.Document doc = stored.document(d);
          StringBuilder sb = new StringBuilder();
          for (String f : org.dateline.index.ArticleFields.ACTOR_FIELDS) {
            sb.append(f).append(new java.util.TreeSet<>(List.of(doc.getValues(f)))).append(';');
          }
          out.put(doc.get(org.dateline.index.ArticleFields.ID), sb.toString());
        }
      }
    }
    return out;
  }

  private static IndexReport index(Path index, ActorRegistry registry, Path corpus) throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(index, registry, null)) {
      return indexer.index(List.of(corpus));
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
