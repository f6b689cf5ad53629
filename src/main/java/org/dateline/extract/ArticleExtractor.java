package org.dateline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.corpus.RawArticle;

/**
 * Turns a raw article into an indexable one: parses its date, fills a missing title, outlet and
 * language, and finds its actors. Stateless apart from the matcher; thread-safe.
 */
public final class ArticleExtractor {
  private final ActorMatcher matcher;
  private final String defaultOutlet;

  /**
   * @param matcher the actor matcher for the current registry
   * @param defaultOutlet the outlet for articles whose source names none ({@code --outlet}), or null
   */
  public ArticleExtractor(ActorMatcher matcher, String defaultOutlet) {
    this.matcher = matcher;
    this.defaultOutlet = defaultOutlet;
  }

  /** The article's stable id: the source's own as it is, else the source file name plus the record location. */
  public static String idOf(RawArticle raw) {
    return idOf(raw, null);
  }

  /**
   * The article's stable id in an index of several corpora: an id the source gives (an id field, a
   * header, a page's URL) in the namespace of its corpus ({@code CORPUS/ID}), else one made from
   * the file name and the record's place in it, which already starts with the corpus folder's name
   * (a reader's id that starts with its own file's name, as {@code reut2-000.sgm#1} does, is such
   * an id). Two corpora may both have a record {@code A-1}; only the corpus tells them apart, and
   * an id that says it can be cited without further context.
   *
   * @param corpus the corpus name, or null for the source's id as it is
   */
  public static String idOf(RawArticle raw, String corpus) {
    if (raw.id() != null && !raw.id().isBlank()) {
      String own = raw.id().strip();
      boolean fromFileName = own.equals(raw.source()) || own.startsWith(raw.source() + "#");
      return corpus == null || fromFileName ? own : corpus + "/" + own;
    }
    return raw.location() == null ? raw.source() : raw.source() + "#" + raw.location();
  }

  /**
   * Where the matcher's tokens of an article come from: by default {@link ActorTokenizer} over the
   * title, a line break and the body; the ingest passes one that keeps what it analysed for the index.
   */
  @FunctionalInterface
  public interface TokenSource {
    /** The tokens of {@code title + "\n" + body}, with offsets into that text. */
    TextTokens tokens(String title, String body);
  }

  /** Builds the article; never fails on a bad date, which only leaves the article undated with a warning. */
  public Article extract(RawArticle raw) {
    return extract(raw, null);
  }

  /** Builds the article with the actors found in the tokens {@code tokens} gives (null: the matcher's own). */
  public Article extract(RawArticle raw, TokenSource tokens) {
    List<String> warnings = new ArrayList<>(1);
    LocalDate date = null;
    String dateSource = null;
    if (raw.date() == null) {
      warnings.add("no date found; indexed as undated");
    } else {
      Optional<LocalDate> parsed = DateParser.parse(raw.date());
      if (parsed.isPresent()) {
        date = parsed.get();
        dateSource = raw.dateSource();
      } else {
        warnings.add("invalid date '" + raw.date() + "'; indexed as undated");
      }
    }
    String title = raw.title() != null && !raw.title().isBlank() ? raw.title().strip() : TitleGuesser.firstSentence(raw.body());
    String id = idOf(raw);
    String outlet = Outlets.key(raw.outlet() != null ? raw.outlet() : defaultOutlet);
    String lang = raw.lang() != null && !raw.lang().isBlank() ? raw.lang().strip().toLowerCase(java.util.Locale.ROOT)
        : LanguageDetector.standard().detect(title + "\n" + raw.body());
    ActorFacets actors = tokens == null ? matcher.facets(title + "\n" + raw.body(), date)
        : matcher.facets(tokens.tokens(title, raw.body()), date);
    return new Article(id, date, dateSource, title, raw.body(), outlet, raw.url(), lang, raw.source(), actors, warnings);
  }
}
