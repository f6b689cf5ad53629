package org.dateline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The lower-case words of an English dictionary (SCOWL via Debian's {@code wamerican}, about 64k
 * entries): a word that is in it can be written in lower case, so as an alias it is risky ("China",
 * "Turkey", "Bond") and as a capitalised neighbour of a match it is usually a sentence opener or a
 * title rather than part of a longer name ("Yesterday Moscow said").
 */
final class EnglishWords {
  private static final String RESOURCE = "english-words.txt.gz";
  private static final Set<String> WORDS = load();

  private EnglishWords() {}

  /** True when {@code lowerCase} is an English dictionary word written in lower case. */
  static boolean contains(String lowerCase) {
    return WORDS.contains(lowerCase);
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>(100_000);
    try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " missing from the build");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        words.add(line.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
