package org.dateline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of an article: a cheap fast path where the letters or the words settle it
 * (Ukrainian and Russian by their own Cyrillic letters, English by its function words), else
 * Apache OpenNLP's 103-language model ({@code langdetect-183.bin} from {@code
 * opennlp-models-langdetect}) on the opening of the text. Codes are ISO 639-1 where one exists
 * ({@code en}, {@code ru}, {@code uk}, {@code de}), else ISO 639-3; {@code und} when undetermined.
 * Thread-safe.
 *
 * <p>The model costs about 2 ms per article on full text, which would halve indexing speed, and
 * most archive articles are English, Russian or Ukrainian; so the model sees only what the fast
 * path cannot settle, and only its first {@link #MODEL_PREFIX} characters.
 */
public final class LanguageDetector {
  /** The code for an undetermined language (ISO 639-2). */
  public static final String UNDETERMINED = "und";
  /** The code for a text in several languages none of which has a clear majority (ISO 639-2). */
  public static final String MULTIPLE = "mul";
  /**
   * The share of the letters (of the parts whose language was decided) that a language of a
   * mixed-script text needs to be the text's language; below it the text is {@link #MULTIPLE}. A
   * majority is clear when it has half as many letters again as all the others (60:40); at 50-60 %
   * a bilingual item is as much one language as the other, and a filter on either would be a coin
   * toss. On warline-ua (English headline and description, Ukrainian translation) most items are
   * 70-90 % English and stay {@code en} (BENCHMARKS.md, "Language detection").
   */
  public static final double CLEAR_MAJORITY = 0.6;
  /**
   * A text is mixed when its largest script holds less than this share of its letters: each script's
   * part is then decided on its own. Above it the minority script is a quoted name or a link's
   * words, which the fast path and the model take in their stride.
   */
  private static final double MIXED_BELOW = 0.8;
  /** How many characters of an article the model reads: enough for a stable guess, and bounded cost. */
  public static final int MODEL_PREFIX = 600;
  /** How much text the fast path looks at: the language of a news article is settled by its first lines. */
  private static final int SAMPLE = 2000;
  /**
   * How far the model's best language must lead the second to be taken; its raw confidences are
   * small (spread over 103 languages: 0.07 for a clear German sentence), so the lead is what tells.
   */
  private static final double MIN_LEAD = 1.2;
  /** Cyrillic letters without і ї є ґ from which a text is taken for Russian (Ukrainian: 1.6 % chance). */
  private static final int NO_UKRAINIAN_LETTERS = 60;
  /** Fewer letters than this say nothing reliable about a language. */
  private static final int MIN_LETTERS = 12;
  /** Words that are frequent in English and rare as words in other Latin-script languages. */
  private static final List<String> ENGLISH = List.of("the", "of", "and", "that", "said", "with", "from", "were",
      "has", "which", "would", "this", "its", "their", "been", "after");
  /** Cyrillic letters of languages other than Russian and Ukrainian (Serbian, Kazakh, Belarusian ў, ...). */
  private static final String OTHER_CYRILLIC = "ўЎәӘғҒқҚңҢөӨұҰүҮһҺҗҖјЈљЉњЊћЋђЂџЏѓЃќЌѕЅ";
  private static final String UKRAINIAN_ONLY = "іїєґІЇЄҐ";
  /** Not ъ: Bulgarian writes it often and Russian seldom, so it would only mislead. */
  private static final String RUSSIAN_ONLY = "ыэёЫЭЁ";

  private static final Pattern URL = Pattern.compile("https?://\\S*");

  private static final LanguageDetector STANDARD = new LanguageDetector();

  /** How a language was decided, for benchmarks and {@code -v} diagnostics. */
  public enum Method {
    /** By the letters of the script (Ukrainian і ї є ґ; Russian ы э ё). */
    SCRIPT,
    /** By English function words. */
    WORDS,
    /** By the OpenNLP model. */
    MODEL,
    /** A mixed-script text: by the letters of each script's part, each decided on its own. */
    MIXED,
    /** Too little text, or a model answer below the confidence floor. */
    NONE
  }

  /**
   * A detected language.
   *
   * @param lang the language code ({@code und} when undetermined)
   * @param method how it was decided
   */
  public record Detection(String lang, Method method) {}

  private final Map<String, String> twoLetter = twoLetterCodes();
  private volatile LanguageDetectorModel model;
  private final ThreadLocal<LanguageDetectorME> detectors =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

  private LanguageDetector() {}

  /** The shared detector; its model is loaded on first need. */
  public static LanguageDetector standard() {
    return STANDARD;
  }

  /** The language code of {@code text}. */
  public String detect(String text) {
    return detectWithMethod(text).lang();
  }

  /**
   * The language of {@code text} and how it was decided. A text written in several scripts (an
   * English item with its Ukrainian translation) gets the language of each script's part, decided on
   * its own, and then the language with a {@link #CLEAR_MAJORITY} of their letters, else {@link
   * #MULTIPLE}: the model, given such a mixture, answers with whichever language's letter statistics
   * fit the blend best (Waray, Danish), which is never right.
   */
  public Detection detectWithMethod(String text) {
    int n = Math.min(text.length(), SAMPLE);
    ScriptParts parts = ScriptParts.of(text, n);
    if (parts.mixed(MIXED_BELOW, MIN_LETTERS)) {
      return detectMixed(parts);
    }
    return detectOneScript(text, n, true);
  }

  /**
   * Decides each script's part of a mixed text: all of its lines together when the fast path settles
   * them (English words, Ukrainian or Russian letters), else line by line, so a Russian headline
   * above a Ukrainian translation counts as Russian and Ukrainian, each by its letters.
   */
  private Detection detectMixed(ScriptParts parts) {
    Map<String, Integer> letters = new HashMap<>();
    for (ScriptParts.Script script : ScriptParts.Script.values()) {
      List<ScriptParts.Part> lines = parts.parts().stream().filter(p -> p.script() == script).toList();
      String all = String.join("\n", lines.stream().map(ScriptParts.Part::text).toList());
      Detection whole = all.isEmpty() ? null : detectOneScript(all, Math.min(all.length(), SAMPLE), false);
      for (ScriptParts.Part line : lines) {
        String lang = whole != null ? whole.lang() : detectOneScript(line.text(), Math.min(line.text().length(), SAMPLE), true).lang();
        if (!lang.equals(UNDETERMINED)) {
          letters.merge(lang, line.letters(), Integer::sum);
        }
      }
    }
    int decided = letters.values().stream().mapToInt(Integer::intValue).sum();
    if (decided == 0) {
      return new Detection(UNDETERMINED, Method.NONE);
    }
    Map.Entry<String, Integer> top = letters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    return new Detection(top.getValue() >= CLEAR_MAJORITY * decided ? top.getKey() : MULTIPLE, Method.MIXED);
  }

  /**
   * The language of a text in one script (or nearly): the fast path by letters and words, else the
   * model ({@code model} true) or null.
   */
  private Detection detectOneScript(String text, int n, boolean model) {
    int latin = 0;
    int cyrillic = 0;
    int ukrainian = 0;
    int russian = 0;
    int otherCyrillic = 0;
    int otherLetters = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 'h' && text.startsWith("http", i)) {
        i = endOfUrl(text, i, n); // the Latin letters of a link say nothing of the post's language
      } else if (c < 0x80) {
        latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
      } else if (c >= 0x400 && c <= 0x4FF) {
        cyrillic++;
        ukrainian += UKRAINIAN_ONLY.indexOf(c) >= 0 ? 1 : 0;
        russian += RUSSIAN_ONLY.indexOf(c) >= 0 ? 1 : 0;
        otherCyrillic += OTHER_CYRILLIC.indexOf(c) >= 0 ? 1 : 0;
      } else if (Character.isLetter(c)) {
        otherLetters++; // Latin with diacritics (ü, ñ), Greek, Arabic, CJK, ...: the model decides
      }
    }
    if (latin + cyrillic + otherLetters < MIN_LETTERS) {
      return new Detection(UNDETERMINED, Method.NONE);
    }
    if (cyrillic > latin + otherLetters && otherCyrillic == 0) {
      // A Russian article may quote "Київ", a Ukrainian one a Russian name: a clear majority decides,
      // and the model settles what is mixed.
      if (ukrainian > 0 && russian * 10 < ukrainian) {
        return new Detection("uk", Method.SCRIPT);
      }
      if (russian > 0 && ukrainian * 10 < russian
          || ukrainian == 0 && cyrillic >= NO_UKRAINIAN_LETTERS && text.indexOf('ъ', 0) < 0) {
        // Ukrainian has one і, ї or є in 15 letters: 60 letters without any are Russian (or Bulgarian with ъ).
        return new Detection("ru", Method.SCRIPT);
      }
    } else if (latin > 4 * (cyrillic + otherLetters) && englishWords(text, n)) {
      return new Detection("en", Method.WORDS);
    }
    return model ? detectByModel(text) : null;
  }

  /**
   * True when at least one word in 25 of the sample (and two words in all) are typical English
   * function words: English prose has about one in six, tables of figures ("Shr 34 cts vs 1.19
   * dlrs") far fewer, other Latin-script languages almost none (we left out "in", "to", "on",
   * "for", "have", "will", which are common words elsewhere too).
   */
  private static boolean englishWords(String text, int n) {
    int words = 0;
    int english = 0;
    int start = -1;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      boolean letter = c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words++;
        english += i - start <= 5 && isEnglishWord(text, start, i - start) ? 1 : 0;
        start = -1;
      }
    }
    return english >= 2 && english * 25 >= words;
  }

  private static int endOfUrl(String text, int from, int limit) {
    int i = from;
    while (i < limit && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isEnglishWord(String text, int start, int length) {
    for (String w : ENGLISH) {
      if (w.length() == length && text.regionMatches(true, start, w, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** The model's answer alone, without the fast path: for comparisons and tests. */
  public Detection detectByModel(String text) {
    String prefix = URL.matcher(text.substring(0, Math.min(text.length(), MODEL_PREFIX))).replaceAll(" ");
    Language[] ranked = detectors.get().predictLanguages(prefix);
    if (ranked.length == 0 || ranked.length > 1 && ranked[0].getConfidence() < MIN_LEAD * ranked[1].getConfidence()) {
      return new Detection(UNDETERMINED, Method.NONE);
    }
    return new Detection(twoLetter.getOrDefault(ranked[0].getLang(), ranked[0].getLang()), Method.MODEL);
  }

  private LanguageDetectorModel model() {
    LanguageDetectorModel m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
              throw new IllegalStateException("langdetect-183.bin not on the class path (opennlp-models-langdetect)");
            }
            m = new LanguageDetectorModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language model", e);
          }
          model = m;
        }
      }
    }
    return m;
  }

  /** ISO 639-3 (and 639-2/B) codes to ISO 639-1, from the JDK's own table. */
  private static Map<String, String> twoLetterCodes() {
    Map<String, String> map = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        map.put(Locale.of(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code known: nothing to map
      }
    }
    // The model's macro-language and variant codes for languages that have a two-letter code.
    map.putAll(Map.of("cmn", "zh", "pes", "fa", "zsm", "ms", "ekk", "et", "lvs", "lv", "nob", "nb", "nno", "nn",
        "azj", "az", "uzn", "uz", "khk", "mn"));
    return Map.copyOf(map);
  }
}
