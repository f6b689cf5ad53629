package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The names in an article that the registry does not cover: what the recognizer finds, less every
 * name that overlaps a registry match or that the registry resolves as a whole, and less single
 * common English words, with one-word names
 * folded into a longer name of the same article that ends with them ("Medinsky" into "vladimir
 * medinsky"). Names are never merged across articles; that is the curator's call.
 */
public final class UnknownNames {
  /** Longer keys are not names but tagging accidents (tables, headlines). */
  static final int MAX_KEY = 60;

  private UnknownNames() {}

  /** The normalised unknown names of {@code text}, sorted. */
  public static SortedSet<String> of(String text, ActorMatcher matcher, ProperNounRecognizer recognizer) {
    List<Mention> mentions = matcher.match(text);
    List<String> keys = new ArrayList<>();
    for (ProperNounRecognizer.Name n : recognizer.find(text)) {
      if (!overlapsAny(n, mentions) && matcher.resolve(n.text()) == null && n.key().length() <= MAX_KEY
          && n.key().codePoints().anyMatch(Character::isLetter) && !commonWord(n.key())) {
        keys.add(n.key());
      }
    }
    SortedSet<String> out = new TreeSet<>();
    for (String k : keys) {
      if (k.indexOf(' ') < 0 && keys.stream().anyMatch(longer -> longer.endsWith(" " + k))) {
        continue; // "medinsky" is the "vladimir medinsky" named in full elsewhere in the article
      }
      out.add(k);
    }
    return out;
  }

  /**
   * One word that is also a lower-case English word ("Year", "Bank", "May", "Oil"): in headlines,
   * tables and at sentence starts the tagger takes these for names far more often than they are.
   * Multi-word names keep them ("Bank of Japan").
   */
  private static boolean commonWord(String key) {
    return key.indexOf(' ') < 0 && EnglishWords.contains(key);
  }

  private static boolean overlapsAny(ProperNounRecognizer.Name n, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.start() < n.end() && n.start() < m.end()) {
        return true;
      }
    }
    return false;
  }
}
