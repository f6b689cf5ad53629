package org.dateline.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.dateline.TestPaths;
import org.dateline.extract.LanguageDetector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prints the language-detection figures recorded in BENCHMARKS.md: accuracy against the language
 * each corpus states, and articles per second, for the default detector (fast path, then the
 * model on a prefix) and for the model alone. Off by default; run it with
 * {@code ./mvnw -q -o test -Dtest=LanguageBenchmark -Ddateline.bench=true}.
 */
class LanguageBenchmark {
  static Path corpora;

  @BeforeAll
  static void setUp() {
    Assumptions.assumeTrue(Boolean.getBoolean("dateline.bench"), "benchmark: run with -Ddateline.bench=true");
    corpora = TestPaths.sharedCorpora();
  }

  @Test
  void accuracyAndSpeedOnCorporaOfKnownLanguage() throws Exception {
    LanguageDetector detector = LanguageDetector.standard();
    detector.detectByModel("warm-up: load the model before timing anything");
    measure("Reuters-21578", "en", Corpora.reuters(corpora.resolve("reuters21578")), detector);
    measure("telegram-ru-news (8 channels)", "ru", Corpora.telegram(corpora.resolve("telegram-ru-news/raw"), 8), detector);
    Path warline = corpora.resolve("warline-ua/warline-2022.jsonl.gz");
    measure("warline-ua description_uk", "uk", Corpora.warline(warline, "description_uk"), detector);
    measure("warline-ua description_en", "en", Corpora.warline(warline, "description_en"), detector);
  }

  private static void measure(String name, String stated, List<Corpora.Doc> docs, LanguageDetector detector) {
    run(name + ", default", stated, docs, detector::detectWithMethod);
    run(name + ", model only (" + LanguageDetector.MODEL_PREFIX + "-char prefix)", stated, docs, detector::detectByModel);
  }

  private static void run(String name, String stated, List<Corpora.Doc> docs,
      Function<String, LanguageDetector.Detection> detect) {
    for (Corpora.Doc d : docs.subList(0, Math.min(200, docs.size()))) {
      detect.apply(d.text()); // warm-up
    }
    Map<String, Integer> langs = new TreeMap<>();
    Map<LanguageDetector.Method, Integer> methods = new TreeMap<>();
    long start = System.nanoTime();
    for (Corpora.Doc d : docs) {
      LanguageDetector.Detection r = detect.apply(d.text());
      langs.merge(r.lang(), 1, Integer::sum);
      methods.merge(r.method(), 1, Integer::sum);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int right = langs.getOrDefault(stated, 0);
    int undetermined = langs.getOrDefault(LanguageDetector.UNDETERMINED, 0);
    System.out.println(String.format(Locale.ROOT,
        "%s: %d articles, accuracy %.4f (%d/%d; und %d), %.0f articles/s; methods %s; top languages %s",
        name, docs.size(), right / (double) docs.size(), right, docs.size(), undetermined, docs.size() / seconds,
        methods, top(langs)));
  }

  private static String top(Map<String, Integer> counts) {
    return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(6)
        .map(e -> e.getKey() + " " + e.getValue()).toList().toString();
  }
}
