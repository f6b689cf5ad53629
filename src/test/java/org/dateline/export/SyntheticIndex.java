package org.dateline.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.ActorFacets;
import org.dateline.extract.Article;
import org.dateline.index.Analyzers;
import org.dateline.index.ArticleFields;

/**
 * Builds an index of synthetic articles straight through the schema (no files, no extraction), for
 * benchmarks and for tests that need more output than a pipe holds. Seeded, so always the same:
 * ids {@code bench/0000000} up, dates from 2022-01-01 in random order, every 50th undated.
 */
public final class SyntheticIndex {
  private static final String[] OUTLETS = {"reuters", "rt", "bbc", "tass", "ukrinform", "al jazeera"};
  private static final String[] ACTORS = {"russia", "ukraine", "usa", "turkey", "istanbul", "kyiv", "nato", "putin"};
  private static final String[] WORDS = ("talks negotiations ceasefire officials said delegation met summit minister "
      + "troops border sanctions energy grain port agreement statement president government").split(" ");

  private SyntheticIndex() {}

  /** Builds an index by hand: {@code SyntheticIndex N DIR} writes N articles into DIR (for memory checks of the CLI). */
  public static void main(String[] args) throws IOException {
    build(Path.of(args[1]), Integer.parseInt(args[0]), ActorRegistry.of(List.of()));
  }

  /** Writes {@code n} articles of about 900 characters each into a new index at {@code index}. */
  public static void build(Path index, int n, ActorRegistry registry) throws IOException {
    Random random = new Random(42);
    FacetsConfig facets = ArticleFields.facetsConfig();
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.text()).setRAMBufferSizeMB(64);
    try (FSDirectory dir = FSDirectory.open(index); IndexWriter writer = new IndexWriter(dir, config)) {
      LocalDate start = LocalDate.of(2022, 1, 1);
      for (int i = 0; i < n; i++) {
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 120; w++) {
          body.append(WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
        }
        String id = String.format(Locale.ROOT, "bench/%07d", i);
        LocalDate date = i % 50 == 0 ? null : start.plusDays(random.nextInt(1000));
        TreeSet<String> ids = new TreeSet<>(List.of(ACTORS[random.nextInt(ACTORS.length)], ACTORS[random.nextInt(4)]));
        TreeSet<String> none = new TreeSet<>();
        ActorFacets actors = new ActorFacets(ids, ids, none, none, none, none, none);
        Article a = new Article(id, date, date == null ? null : "header", "Title " + i + ": " + WORDS[i % WORDS.length],
            body.toString(), OUTLETS[random.nextInt(OUTLETS.length)], "https://example.org/" + i, "en", id, actors, List.of());
        writer.addDocument(ArticleFields.toDocument(a, i, facets));
      }
      writer.setLiveCommitData(Map.of(ArticleFields.COMMIT_REGISTRY_HASH, registry.hash()).entrySet());
      writer.setLiveCommitData(java.util.Map.of(ArticleFields.COMMIT_SCHEMA, ArticleFields.SCHEMA_VERSION).entrySet());
      writer.commit();
    }
  }
}
