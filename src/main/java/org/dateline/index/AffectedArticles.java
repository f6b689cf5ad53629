package org.dateline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.dateline.extract.Actor;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.Alias;

/**
 * Finds the articles that an edit of some actors can change, so that {@code actors apply} matches
 * only those: articles that name a changed actor (or a place inside one) in their stored actor
 * fields, and articles whose title or body contains the first word of an alias of a changed actor.
 * The first word is analysed like the text ({@link Analyzers#text()}), whose terms are the actor
 * matcher's keys plus Ukrainian endings removed, so every text the matcher could match is found.
 *
 * <p>One case escapes it: a removed alias that used to block a shorter match by being rejected
 * itself (the removed text is not known any more); {@code actors apply --all} covers it.
 */
final class AffectedArticles {
  private AffectedArticles() {}

  /** The candidate documents of each segment of {@code reader}, in doc id order, one array per leaf. */
  static List<int[]> find(DirectoryReader reader, ActorRegistry registry, Set<String> changedIds) throws IOException {
    Set<String> ids = withPlacesInside(registry, changedIds);
    Set<BytesRef> words = new HashSet<>();
    Analyzer analyzer = Analyzers.text();
    for (String id : changedIds) {
      Actor actor = registry.byId(id).orElse(null);
      if (actor != null) {
        for (Alias alias : actor.aliases()) {
          String first = firstTerm(analyzer, alias.text());
          if (first != null) {
            words.add(new BytesRef(first));
          }
        }
      }
    }
    List<BytesRef> idTerms = ids.stream().map(BytesRef::new).toList();
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(new TermInSetQuery(ArticleFields.ACTOR_LITERAL, idTerms), BooleanClause.Occur.SHOULD);
    q.add(new TermInSetQuery(ArticleFields.DEMONYM, idTerms), BooleanClause.Occur.SHOULD);
    for (String field : ArticleFields.TEXT_FIELDS) {
      q.add(new TermInSetQuery(field, words), BooleanClause.Occur.SHOULD);
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    Weight weight = searcher.createWeight(searcher.rewrite(q.build()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<int[]> out = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Scorer scorer = weight.scorer(leaf);
      List<Integer> docs = new ArrayList<>();
      if (scorer != null) {
        DocIdSetIterator it = scorer.iterator();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          docs.add(d);
        }
      }
      out.add(docs.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  /** The changed ids plus every actor whose part_of chain passes through one (their country roll-up moves). */
  private static Set<String> withPlacesInside(ActorRegistry registry, Set<String> changedIds) {
    Set<String> ids = new HashSet<>(changedIds);
    for (Actor a : registry.actors()) {
      Actor up = a;
      for (int depth = 0; up != null && up.partOf() != null && depth <= registry.size(); depth++) {
        if (changedIds.contains(up.partOf())) {
          ids.add(a.id());
          break;
        }
        up = registry.byId(up.partOf()).orElse(null);
      }
    }
    return ids;
  }

  private static String firstTerm(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream(ArticleFields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String first = ts.incrementToken() ? term.toString() : null;
      while (ts.incrementToken()) {
        // drain: a token stream must be consumed to its end before it is closed
      }
      ts.end();
      return first;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a String
    }
  }
}
