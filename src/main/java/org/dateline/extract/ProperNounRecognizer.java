package org.dateline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Finds names in English text with no list: runs of proper nouns (Universal Dependencies tag
 * {@code PROPN}) from Apache OpenNLP's UD-EWT tokenizer and part-of-speech models, with capitalised
 * adjectives ("German", the "New" of "New York") and capitalised words no dictionary knows, cut and
 * joined by the news-text rules of {@link NameSpans} (titles out, initials and "Bank of" in, results
 * lines, all-capitals headlines). All-capitals lines are tagged as if title-cased. Untyped, unlinked,
 * and meant for curation only: it never feeds the {@code actor} facet. About 130-450 documents per
 * second per core, so it runs in the opt-in pass {@code dateline enrich}, not while indexing.
 * Thread-safe.
 */
public final class ProperNounRecognizer {
  private static final ProperNounRecognizer ENGLISH = new ProperNounRecognizer();

  /**
   * One name found.
   *
   * @param text the name as written
   * @param key the normalised key: lower case, accents and a possessive removed, white space collapsed
   * @param start offset of the first character
   * @param end offset after the last character
   */
  public record Name(String text, String key, int start, int end) {}

  private volatile Models models;
  private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(() -> new Tools(models()));

  private ProperNounRecognizer() {}

  /** The shared English recognizer; its models are loaded on first use. */
  public static ProperNounRecognizer english() {
    return ENGLISH;
  }

  /** Every name in {@code text}, in text order; each line is tagged on its own. */
  public List<Name> find(String text) {
    List<Name> out = new ArrayList<>();
    Tools t = tools.get();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (lineEnd > lineStart) {
        findInLine(text, lineStart, text.substring(lineStart, lineEnd), t, out);
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static void findInLine(String text, int offset, String line, Tools t, List<Name> out) {
    Span[] spans = t.tokenizer.tokenizePos(line);
    String[] tokens = Span.spansToStrings(spans, line);
    boolean allCaps = line.equals(line.toUpperCase(Locale.ROOT));
    // The tagger was trained on mixed case: an all-capitals headline is tagged as if title-cased.
    String[] tags = t.tagger.tag(allCaps ? titleCased(tokens) : tokens);
    int[] starts = new int[spans.length];
    int[] ends = new int[spans.length];
    for (int i = 0; i < spans.length; i++) {
      starts[i] = spans[i].getStart();
      ends[i] = spans[i].getEnd();
    }
    for (int[] run : NameSpans.find(tokens, tags, starts, ends, allCaps)) {
      int start = offset + starts[run[0]];
      int end = offset + ends[run[1]];
      String written = text.substring(start, end);
      out.add(new Name(written, key(written), start, end));
    }
  }

  private static String[] titleCased(String[] tokens) {
    String[] out = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      out[i] = t.length() <= 1 || !Character.isLetter(t.charAt(0)) ? t
          : t.charAt(0) + t.substring(1).toLowerCase(Locale.ROOT);
    }
    return out;
  }

  /** The normalised key of a name: NFKD without marks, lower case, possessive and leading "the" removed. */
  public static String key(String name) {
    String k = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .replace('\u2019', '\'').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    if (k.endsWith("'s")) {
      k = k.substring(0, k.length() - 2);
    }
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  private Models models() {
    Models m = models;
    if (m == null) {
      synchronized (this) {
        m = models;
        if (m == null) {
          try (InputStream tok = resource("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");
              InputStream pos = resource("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            m = new Models(new TokenizerModel(tok), new POSModel(pos));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
          }
          models = m;
        }
      }
    }
    return m;
  }

  private static InputStream resource(String name) {
    InputStream in = ProperNounRecognizer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " not on the class path (opennlp-models-*-en)");
    }
    return in;
  }

  /** The loaded models, shared by all threads. */
  private record Models(TokenizerModel tokenizer, POSModel pos) {}

  /** One thread's tokenizer and tagger: OpenNLP's ME classes are not thread-safe. */
  private static final class Tools {
    final TokenizerME tokenizer;
    final POSTaggerME tagger;

    Tools(Models m) {
      tokenizer = new TokenizerME(m.tokenizer());
      tagger = new POSTaggerME(m.pos());
    }
  }

}
