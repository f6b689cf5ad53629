package org.dateline.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.dateline.index.ArticleIndexer;

/**
 * A few hundred seeded, machine-written articles whose every date, outlet, language, word and actor
 * the test knows from the generator itself, so that expected counts are computed by scanning these
 * records, never by the search code under test.
 */
final class GeneratedCorpus {
  /** Lower-case words that are no actor alias. */
  static final String[] WORDS = {"talks", "ceasefire", "sanctions", "grain", "drone", "energy", "summit", "army",
      "border", "aid", "peace", "deal", "said", "officials", "the", "of", "and", "on", "in", "report", "minister",
      "meeting", "missile", "port", "prices", "strike", "vote"};
  /** Written name and canonical id of the actors the generator names (test registry). */
  static final String[][] ACTORS = {{"Russia", "russia"}, {"Ukraine", "ukraine"}, {"Putin", "putin"},
      {"Zelensky", "zelensky"}, {"Kyiv", "kyiv"}, {"Istanbul", "istanbul"}, {"NATO", "nato"}, {"Turkey", "turkey"},
      {"United States", "usa"}};
  static final String[] OUTLETS = {"reuters", "rt", "bbc", "tass"};
  static final String[] LANGS = {"en", "ru"};
  static final LocalDate FIRST = LocalDate.of(2024, 11, 20);
  static final int DAYS = 110;

  /**
   * One generated article.
   *
   * @param date null when undated
   * @param words every lower-cased word of title and body (actor names included)
   */
  record Doc(String id, LocalDate date, String outlet, String lang, String title, String body, Set<String> words,
      Set<String> actors) {
    boolean has(String word) {
      return words.contains(word);
    }
  }

  final List<Doc> docs;

  private GeneratedCorpus(List<Doc> docs) {
    this.docs = List.copyOf(docs);
  }

  /** Generates {@code n} articles from {@code seed}. */
  static GeneratedCorpus generate(int n, long seed) {
    Random r = new Random(seed);
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate date = r.nextInt(20) == 0 ? null : FIRST.plusDays(r.nextInt(DAYS));
      String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
      String lang = LANGS[r.nextInt(4) == 0 ? 1 : 0];
      Set<String> actors = new TreeSet<>();
      String title = sentence(r, 3, List.of());
      List<String> names = new ArrayList<>();
      for (int k = r.nextInt(4); k > 0; k--) {
        String[] a = ACTORS[r.nextInt(ACTORS.length)];
        names.add(a[0]);
        actors.add(a[1]);
      }
      String body = sentence(r, 8 + r.nextInt(30), names);
      Set<String> words = new TreeSet<>();
      for (String w : (title + " " + body).split("[\\s.,]+")) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
      docs.add(new Doc(String.format(Locale.ROOT, "g%03d", i), date, outlet, lang, title, body, words, actors));
    }
    return new GeneratedCorpus(docs);
  }

  private static String sentence(Random r, int length, List<String> names) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      words.add(WORDS[r.nextInt(WORDS.length)]);
    }
    // Each name stands alone as "in NAME," so that the matcher's context rules (a capitalised
    // neighbour, a metonym acting as its country) never apply and the generator's truth is literal.
    for (String name : names) {
      words.add(r.nextInt(words.size() + 1), "in " + name + ",");
    }
    return String.join(" ", words) + ".";
  }

  /** Writes the articles as header-block files under {@code dir/gen} and indexes them into {@code dir/index}. */
  void index(Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("gen"));
    for (Doc d : docs) {
      String header = "id: " + d.id() + "\ntitle: " + d.title() + (d.date() == null ? "" : "\ndate: " + d.date())
          + "\noutlet: " + d.outlet() + "\nlang: " + d.lang() + "\n\n";
      Files.writeString(corpus.resolve(d.id() + ".txt"), header + d.body());
    }
    try (ArticleIndexer indexer = ArticleIndexer.open(dir.resolve("index"), SmallCorpus.registry(), null)) {
      indexer.index(List.of(corpus));
    }
  }

  /** The articles that pass {@code test}. */
  List<Doc> where(Predicate<Doc> test) {
    return docs.stream().filter(test).toList();
  }
}
