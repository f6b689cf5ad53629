package org.dateline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-labelled sample of registry matches in {@code src/test/resources/actor-sample.tsv}: where
 * each match is (corpus, document key, offsets), the actor, and a human label. The texts stay in
 * the shared corpora; the file holds only locations, names and labels.
 */
final class LabelledSample {
  static final Path FILE = Path.of("src/test/resources/actor-sample.tsv");
  /** Telegram files read for the sample (the first ones in name order). */
  static final int TELEGRAM_FILES = 3;

  private LabelledSample() {}

  /**
   * One labelled match.
   *
   * @param corpus reuters21578, telegram-ru-news or warline-ua
   * @param docKey the document key of {@link Corpora}
   * @param start offset of the match in the document text
   * @param end offset after the match
   * @param surface the matched text
   * @param actorId the actor the matcher gave
   * @param correct the human label: the text refers to that actor
   */
  record Row(String corpus, String docKey, int start, int end, String surface, String actorId, boolean correct) {}

  static List<Row> read() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.startsWith("corpus\t") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      rows.add(new Row(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], f[5], f[6].equals("1")));
    }
    return rows;
  }

  /** The documents the sample was drawn from, keyed as in the sample file. */
  static List<Corpora.Doc> documents(Path corpora) throws IOException {
    List<Corpora.Doc> docs = new ArrayList<>();
    for (Corpora.Doc d : Corpora.reuters(corpora.resolve("reuters21578"))) {
      docs.add(d);
    }
    docs.addAll(Corpora.telegram(corpora.resolve("telegram-ru-news/raw"), TELEGRAM_FILES));
    docs.addAll(Corpora.warlineUk(corpora.resolve("warline-ua/warline-2022.jsonl.gz")));
    return docs;
  }

  static String corpusOf(String key) {
    return key.startsWith("reuters-") ? "reuters21578" : key.startsWith("warline-") ? "warline-ua" : "telegram-ru-news";
  }
}
