package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.dateline.TestPaths;
import org.junit.jupiter.api.Test;

/**
 * The languages of warline-ua's bilingual items (English headline and description, Ukrainian
 * translation; some headlines Russian), against what the record's own letters say: an item whose
 * letters are 70 % or more Latin is English, one with 45-55 % of each script has no clear majority
 * (mul), and no item gets a language the corpus is not written in (the model read the blend as
 * Waray, Danish, German, Dutch).
 */
class WarlineLanguageTest {
  private static final Set<String> WRITTEN_IN = Set.of("en", "uk", "ru", "it", "mul", "und");

  @Test
  void mixedItemsGetTheirMajorityLanguageOrMul() throws Exception {
    Path file = TestPaths.sharedCorpora().resolve("warline-ua/warline-2022.jsonl.gz");
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> labels = new TreeMap<>();
    int clearEnglish = 0;
    int even = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode r = json.readTree(line);
        String headline = r.path("headline").asText("");
        String en = r.path("description_en").asText("");
        String uk = r.path("description_uk").asText("");
        // As indexed (index-config/corpora/warline-ua.yaml): title headline, body the three joined.
        String text = headline + "\n" + headline + "\n\n" + en + "\n\n" + uk;
        String lang = LanguageDetector.standard().detect(text);
        labels.merge(lang, 1, Integer::sum);
        assertTrue(WRITTEN_IN.contains(lang), r.path("id").asText() + " detected as " + lang);
        if (en.isBlank() || uk.isBlank()) {
          continue;
        }
        double latin = latinShare(text.substring(0, Math.min(text.length(), 2000)));
        if (latin >= 0.7) {
          clearEnglish++;
          assertEquals("en", lang, r.path("id").asText() + ": " + Math.round(latin * 100) + " % Latin letters");
        } else if (latin >= 0.45 && latin <= 0.55) {
          even++;
          assertEquals("mul", lang, r.path("id").asText() + ": " + Math.round(latin * 100) + " % Latin letters");
        }
      }
    }
    System.out.println("warline-ua languages: " + labels);
    assertTrue(clearEnglish > 500 && even > 0, "the bands hold items: " + clearEnglish + " English, " + even + " even");
  }

  /** Latin letters among Latin and Cyrillic letters, links left out, counted without the detector. */
  private static double latinShare(String text) {
    String words = text.replaceAll("http\\S*", " ");
    long cyrillic = words.chars().filter(c -> c >= 0x400 && c <= 0x4FF).count();
    long latin = words.chars().filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
    return latin / (double) (latin + cyrillic);
  }
}
