package org.dateline.reliability;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded corpus of JSON Lines files, as large as a crash test needs: every record has a unique id,
 * a date, a title and a body of words and actor names, so a clean build holds exactly
 * {@code files * perFile} articles.
 */
public final class SyntheticCorpus {
  private static final String[] WORDS = {"talks", "ceasefire", "sanctions", "grain", "drone", "energy", "summit", "army",
      "border", "aid", "peace", "deal", "said", "officials", "report", "minister", "meeting", "missile", "port", "prices",
      "strike", "vote", "Russia", "Ukraine", "Putin", "Zelensky", "Kyiv", "Istanbul", "NATO", "Turkey"};

  private SyntheticCorpus() {}

  /** Writes {@code files} files of {@code perFile} records each into {@code dir}; returns the folder. */
  public static Path write(Path dir, int files, int perFile, int wordsPerBody, long seed) throws IOException {
    Files.createDirectories(dir);
    Random rnd = new Random(seed);
    LocalDate first = LocalDate.of(2022, 2, 24);
    for (int f = 0; f < files; f++) {
      Path file = dir.resolve(String.format(Locale.ROOT, "part-%03d.jsonl", f));
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (int i = 0; i < perFile; i++) {
          StringBuilder body = new StringBuilder();
          for (int k = 0; k < wordsPerBody; k++) {
            body.append(k == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
          }
          w.write(String.format(Locale.ROOT, "{\"id\":\"a-%d-%d\",\"date\":\"%s\",\"title\":\"%s %s\",\"text\":\"%s.\"}%n",
              f, i, first.plusDays(rnd.nextInt(900)), WORDS[rnd.nextInt(WORDS.length)], WORDS[rnd.nextInt(WORDS.length)],
              body));
        }
      }
    }
    return dir;
  }
}
