package org.dateline.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.dateline.index.ArticleFields;

/**
 * Turns one page of matches into {@link Hit}s: the stored fields of each article, a snippet (the
 * query's best passage, or the body's opening when the query names no text) and, when asked,
 * keyword-in-context lines for the actors the request selects or the query names.
 */
final class HitReader {
  private static final int PLAIN_SNIPPET = 200;
  /** The stored fields a hit shows; an article's other stored fields (a dozen actor views, tags, source) are skipped. */
  private static final Set<String> HIT_FIELDS = Set.of(ArticleFields.ID, ArticleFields.DATE, ArticleFields.OUTLET,
      ArticleFields.TITLE, ArticleFields.ACTOR, ArticleFields.BODY);

  private final IndexSearcher searcher;
  private final Snippets snippets;
  private final QueryFactory queries;

  HitReader(IndexSearcher searcher, Snippets snippets, QueryFactory queries) {
    this.searcher = searcher;
    this.snippets = snippets;
    this.queries = queries;
  }

  /** The hits of {@code docs} from {@code request}'s offset on; {@code text} is the query's scoring part, or null. */
  List<Hit> read(ScoreDoc[] docs, SearchRequest request, Query text) throws IOException {
    if (docs.length <= request.offset()) {
      return List.of();
    }
    KeywordInContext kwic = request.kwic() > 0
        ? new KeywordInContext(queries.matcher(), highlightedActors(request.filter(), text), request.kwic()) : null;
    ScoreDoc[] page = Arrays.copyOfRange(docs, request.offset(), docs.length);
    StoredFields stored = searcher.storedFields();
    Document[] documents = new Document[page.length];
    String[] bodies = new String[page.length];
    for (int i = 0; i < page.length; i++) {
      DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(HIT_FIELDS);
      stored.document(page[i].doc, visitor);
      documents[i] = visitor.getDocument();
      bodies[i] = documents[i].get(ArticleFields.BODY);
    }
    String[] passages = text == null ? new String[page.length] : snippets.of(page, bodies, text);
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document d = documents[i];
      String snippet = passages[i] != null ? passages[i] : plainSnippet(bodies[i]);
      List<KwicLine> lines = kwic == null ? List.of() : kwic.lines(bodies[i], text, date(d));
      hits.add(new Hit(d.get(ArticleFields.ID), date(d), d.get(ArticleFields.OUTLET), d.get(ArticleFields.TITLE),
          List.of(d.getValues(ArticleFields.ACTOR)), page[i].score, snippet.strip(), lines));
    }
    return hits;
  }

  /** The stored publication day of an article, or null when it is undated. */
  static LocalDate date(Document d) {
    IndexableField f = d.getField(ArticleFields.DATE);
    return f == null ? null : LocalDate.ofEpochDay(f.numericValue().intValue());
  }

  /** The actors whose mentions keyword-in-context lines show: those selected and those the query names. */
  private Set<String> highlightedActors(ArticleFilter filter, Query text) {
    Set<String> ids = new TreeSet<>(queries.selectedActors(filter));
    if (text != null) {
      text.visit(new QueryVisitor() {
        @Override
        public void consumeTerms(Query query, Term... terms) {
          for (Term t : terms) {
            if (t.field().equals(ArticleFields.ACTOR)) {
              ids.add(t.text());
            }
          }
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
          return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }
      });
    }
    return ids;
  }

  private static String plainSnippet(String body) {
    if (body == null) {
      return "";
    }
    String flat = body.strip().replaceAll("\\s+", " ");
    if (flat.length() <= PLAIN_SNIPPET) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', PLAIN_SNIPPET);
    return flat.substring(0, cut > PLAIN_SNIPPET / 2 ? cut : PLAIN_SNIPPET) + " …";
  }
}
