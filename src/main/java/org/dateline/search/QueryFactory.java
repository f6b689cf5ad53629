package org.dateline.search;

import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dateline.extract.Actor;
import org.dateline.extract.ActorMatcher;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.Outlets;
import org.dateline.index.ArticleFields;

/**
 * Turns an {@link ArticleFilter} into a Lucene query: the parsed text query as the scoring part,
 * dates, actors and outlets as non-scoring filters. The one place where filters become queries.
 */
public final class QueryFactory {
  private final ActorRegistry registry;
  private ActorMatcher matcher;

  /** Resolves actor aliases against {@code registry}. */
  public QueryFactory(ActorRegistry registry) {
    this.registry = registry;
  }

  /** The scoring text query of {@code filter}, or null when it has none. */
  public Query text(ArticleFilter filter) throws QuerySyntaxException {
    if (!filter.hasQuery()) {
      return null;
    }
    return new ArticleQueryParser(s -> {
      Actor a = matcher().resolve(s);
      return a == null ? s : a.id();
    }).parse(filter.query());
  }

  /** The whole query: {@code text} (from {@link #text}) as MUST, the filters as FILTER clauses. */
  public Query build(ArticleFilter filter, Query text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text == null ? MatchAllDocsQuery.INSTANCE : text, text == null ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
    if (filter.from() != null || filter.to() != null) {
      int lo = filter.from() == null ? Integer.MIN_VALUE : (int) filter.from().toEpochDay();
      int hi = filter.to() == null ? Integer.MAX_VALUE : (int) filter.to().toEpochDay();
      b.add(IntField.newRangeQuery(ArticleFields.DATE, lo, hi), BooleanClause.Occur.FILTER);
    }
    for (String actor : filter.actors()) {
      b.add(new TermQuery(new Term(ArticleFields.ACTOR, resolveActor(actor))), BooleanClause.Occur.FILTER);
    }
    if (!filter.outlets().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String outlet : filter.outlets()) {
        any.add(new TermQuery(new Term(ArticleFields.OUTLET, Outlets.key(outlet))), BooleanClause.Occur.SHOULD);
      }
      b.add(any.build(), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** The whole query of {@code filter}. */
  public Query build(ArticleFilter filter) throws QuerySyntaxException {
    return build(filter, text(filter));
  }

  /** The canonical actor id behind an id or alias, or an {@link InvalidRequestException}. */
  public String resolveActor(String idOrAlias) {
    Actor a = matcher().resolve(idOrAlias);
    if (a == null) {
      throw new InvalidRequestException("unknown actor '" + idOrAlias + "': not an id or alias in the actor registry");
    }
    return a.id();
  }

  private ActorMatcher matcher() {
    if (matcher == null) {
      matcher = new ActorMatcher(registry); // built on demand: most queries never resolve an alias
    }
    return matcher;
  }
}
