package org.dateline.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dateline.config.CorpusConfig;
import org.dateline.config.CorpusConfigs;
import org.dateline.corpus.ArticleSink;
import org.dateline.corpus.CorpusWalker;
import org.dateline.corpus.RawArticle;
import org.dateline.corpus.Rejection;
import org.dateline.index.IngestSource;

/**
 * Builds a benchmark collection of N articles from the real corpora, deterministically: every
 * shipped corpus config is read with Dateline's own readers into one pool, then article i is a
 * pool article drawn with a fixed seed (so outlets and languages keep their share of the pool),
 * with a new id ({@code b0000001}) and a day drawn uniformly from 2015-01-01 to 2025-12-31. Text,
 * title, outlet and language are reused as they are. Written as JSON Lines, which Dateline reads.
 */
final class Amplifier {
  /** First day of the spread. */
  static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
  /** Last day of the spread. */
  static final LocalDate LAST = LocalDate.of(2025, 12, 31);
  private static final long SEED = 20_150_101L;

  /** One pool article: what the amplified copies reuse. */
  record Source(String title, String body, String outlet, String lang) {}

  /** One amplified article, as written to the JSON Lines file. */
  record Item(String id, String title, String body, LocalDate date, String outlet, String lang) {}

  private final List<Source> pool;

  private Amplifier(List<Source> pool) {
    this.pool = List.copyOf(pool);
  }

  /** Reads every corpus configured in {@code configDir} from {@code corpusRoot} into the pool. */
  static Amplifier fromCorpora(Path configDir, Path corpusRoot) throws IOException {
    List<Source> pool = new ArrayList<>();
    for (CorpusConfig config : CorpusConfigs.load(configDir).values()) {
      IngestSource source = IngestSource.of(config, corpusRoot, null);
      ArticleSink sink = new ArticleSink() {
        @Override
        public void accept(RawArticle a) {
          if (a.body() == null || a.body().isBlank()) {
            return;
          }
          String outlet = a.outlet() != null ? a.outlet() : source.defaultOutlet();
          String lang = a.lang() != null ? a.lang() : source.defaultLang();
          pool.add(new Source(a.title(), a.body(), outlet, lang));
        }

        @Override
        public void reject(Rejection rejection) {}
      };
      new CorpusWalker(sink, f -> { }, source.reader()).read(CorpusWalker.plan(source.roots()));
    }
    return new Amplifier(pool);
  }

  /** Articles in the pool. */
  int poolSize() {
    return pool.size();
  }

  /** Article {@code i} of the amplified collection (the same for every run). */
  Item item(int i, SplittableRandom random) {
    Source s = pool.get(random.nextInt(pool.size()));
    long days = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
    LocalDate date = LocalDate.ofEpochDay(FIRST.toEpochDay() + random.nextLong(days));
    return new Item(String.format(java.util.Locale.ROOT, "b%07d", i), s.title(), s.body(), date, s.outlet(), s.lang());
  }

  /** The first {@code n} articles, in memory (the bare baselines index these). */
  List<Item> items(int n) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Item> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(item(i, random));
    }
    return out;
  }

  /** Writes {@code items} to {@code file} as JSON Lines; returns the bytes written. */
  static long write(List<Item> items, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    JsonFactory json = new JsonFactory();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      for (Item it : items) {
        g.writeStartObject();
        g.writeStringField("id", it.id());
        if (it.title() != null) {
          g.writeStringField("title", it.title());
        }
        g.writeStringField("body", it.body());
        g.writeStringField("date", it.date().toString());
        if (it.outlet() != null) {
          g.writeStringField("outlet", it.outlet());
        }
        if (it.lang() != null) {
          g.writeStringField("lang", it.lang());
        }
        g.writeEndObject();
        g.writeRaw('\n');
      }
    }
    return Files.size(file);
  }
}
