package org.dateline.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.dateline.index.ArticleFields;

/**
 * The most frequent unknown names ({@code entity} field, filled by {@code dateline enrich}) among
 * the articles a filter selects, each with one line of context and a registry line to start from,
 * for {@code dateline actors candidates}.
 */
public final class EntityCandidates {
  private static final int CONTEXT = 60;
  private static final Pattern ORG_WORDS = Pattern.compile(
      "\\b(inc|corp|co|ltd|plc|bank|party|ministry|union|council|organization|organisation|agency|group|committee"
      + "|association|company|fund|university|institute|league|federation|army|court|commission|airways|airlines"
      + "|community|exchange|department|office|board|reserve|news|agency|press)\\b");
  private static final Pattern PLACE_WORDS = Pattern.compile(
      "\\b(north|south|east|west|central|sea|ocean|gulf|island|islands|river|lake|bay|coast|strait|republic|kingdom"
      + "|state|states|province|region|county|city|valley|mountains)\\b");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * One unknown name.
   *
   * @param key the normalised name stored in {@code entity}
   * @param count articles among the matches that name it
   * @param surface the name as one of them writes it
   * @param context the line around it in that article, white space collapsed
   * @param id the article the context comes from
   * @param registryLine a suggested {@code actors.tsv} line (id, guessed type, name, aliases); check the type
   */
  public record Candidate(String key, long count, String surface, String context, String id, String registryLine) {}

  private EntityCandidates() {}

  /** The {@code top} most frequent unknown names among the articles {@code filter} selects. */
  public static List<Candidate> top(ArticleSearcher searcher, ArticleFilter filter, int top)
      throws IOException, QuerySyntaxException {
    SearchResult counts = searcher.search(new SearchRequest(filter, SortOrder.RELEVANCE, 0, 0,
        List.of(new FacetRequest(ArticleFields.ENTITY, ArticleFields.ENTITY, null, top))));
    Query matches = searcher.queries().build(filter);
    List<Candidate> out = new ArrayList<>();
    for (FacetValue v : counts.facets().get(ArticleFields.ENTITY)) {
      Query q = new BooleanQuery.Builder().add(matches, BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(ArticleFields.ENTITY, v.value())), BooleanClause.Occur.FILTER).build();
      ScoreDoc[] first = searcher.indexSearcher().search(q, 1).scoreDocs;
      Document d = searcher.indexSearcher().storedFields().document(first[0].doc);
      String text = (d.get(ArticleFields.TITLE) + "\n" + d.get(ArticleFields.BODY)).replaceAll("\\s+", " ");
      int at = occurrence(fold(text), text, v.value());
      String surface = at < 0 ? v.value() : text.substring(at, at + v.value().length());
      String context = at < 0 ? "" : text.substring(Math.max(0, at - CONTEXT), Math.min(text.length(), at + surface.length() + CONTEXT)).strip();
      out.add(new Candidate(v.value(), v.count(), surface, context, d.get(ArticleFields.ID), registryLine(v.value(), surface)));
    }
    return out;
  }

  /** Where {@code key} occurs as whole words in the text, preferring a capitalised occurrence; -1 if nowhere. */
  static int occurrence(String folded, String text, String key) {
    int any = -1;
    for (int at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      int end = at + key.length();
      boolean whole = (at == 0 || !wordChar(folded.charAt(at - 1))) && (end == folded.length() || !wordChar(folded.charAt(end)));
      if (whole && Character.isUpperCase(text.charAt(at))) {
        return at;
      }
      any = whole && any < 0 ? at : any;
    }
    return any;
  }

  /** Letters, digits and the hyphen of "Year-on-year" belong to a word. */
  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }

  /** Lower case without accents, keeping every character in place (so offsets stay valid). */
  static String fold(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      String c = MARKS.matcher(Normalizer.normalize(text.substring(i, i + 1), Normalizer.Form.NFKD)).replaceAll("");
      sb.append(c.length() == 1 ? Character.toLowerCase(c.charAt(0)) : Character.toLowerCase(text.charAt(i)));
    }
    return sb.toString().replace('\u2019', '\'');
  }

  /** A registry line for a new actor: a slug id, a guessed type, the name as written, and a weak surname for people. */
  static String registryLine(String key, String surface) {
    String id = key.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    String[] words = surface.split(" ");
    String type = ORG_WORDS.matcher(key).find() ? "ORG" : PLACE_WORDS.matcher(key).find() ? "PLACE"
        : words.length >= 2 && words.length <= 3 && surface.chars().noneMatch(Character::isDigit) ? "PERSON" : "PLACE";
    String aliases = type.equals("PERSON") ? surface + "|@" + words[words.length - 1] : surface;
    return String.join("\t", id.isEmpty() ? "new-actor" : id, type, surface, "-", "-", "-", aliases);
  }
}
