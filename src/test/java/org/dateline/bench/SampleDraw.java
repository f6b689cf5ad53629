package org.dateline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dateline.TestPaths;
import org.dateline.extract.ActorMatcher;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.Mention;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Draws a fresh random sample of matches (40 per corpus, seed 4) with context into {@code
 * target/actor-sample-draw.tsv}, for a human to label; the labelled copy without context goes to
 * {@code src/test/resources/actor-sample.tsv}. Run with {@code -Ddateline.sample=draw}.
 */
class SampleDraw {
  @Test
  void draw() throws Exception {
    Assumptions.assumeTrue("draw".equals(System.getProperty("dateline.sample")), "run with -Ddateline.sample=draw");
    ActorMatcher matcher = new ActorMatcher(ActorRegistry.load(TestPaths.shippedConfig()));
    List<String> out = new ArrayList<>();
    for (String corpus : List.of("reuters21578", "telegram-ru-news", "warline-ua")) {
      List<String> rows = new ArrayList<>();
      for (Corpora.Doc d : LabelledSample.documents(TestPaths.sharedCorpora())) {
        if (!LabelledSample.corpusOf(d.key()).equals(corpus)) {
          continue;
        }
        for (Mention m : matcher.match(d.text())) {
          if (m.reading() != Mention.Reading.DEMONYM) {
            String ctx = (d.text().substring(Math.max(0, m.start() - 60), m.start()) + "[[" + d.text().substring(m.start(), m.end())
                + "]]" + d.text().substring(m.end(), Math.min(d.text().length(), m.end() + 60))).replaceAll("\\s+", " ");
            rows.add(String.join("\t", corpus, d.key(), String.valueOf(m.start()), String.valueOf(m.end()),
                d.text().substring(m.start(), m.end()).replaceAll("\\s+", " "), m.actorId(), "?", ctx));
          }
        }
      }
      Collections.shuffle(rows, new Random(4));
      out.addAll(rows.subList(0, Math.min(40, rows.size())));
    }
    Files.write(Path.of("target/actor-sample-draw.tsv"), out);
  }
}
