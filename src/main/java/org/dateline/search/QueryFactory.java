package org.dateline.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.dateline.extract.OutletRegistry;
import org.dateline.index.ArticleFields;

/**
 * Turns an {@link ArticleFilter} into a Lucene query: the parsed text query as the scoring part,
 * dates, actors, outlets and languages as non-scoring filters. The one place where filters become
 * queries.
 *
 * <p>The actor, outlet and language selections are kept per facet dimension so that a facet can
 * be counted "sideways": over the query with every selection except its own (see {@link
 * #buildWithout}).
 */
public final class QueryFactory {
  private final ActorRegistry registry;
  private final OutletRegistry outlets;
  private ActorMatcher matcher;

  /** Resolves actor aliases against {@code registry}; outlet names keep their normalised form. */
  public QueryFactory(ActorRegistry registry) {
    this(registry, OutletRegistry.empty());
  }

  /** Resolves actor aliases against {@code registry} and outlet names, hosts and URLs against {@code outlets}. */
  public QueryFactory(ActorRegistry registry, OutletRegistry outlets) {
    this.registry = registry;
    this.outlets = outlets;
  }

  /**
   * The term stored in keyword field {@code field} for {@code value} as a user types it: actor
   * fields take any alias ({@code Путин} is {@code putin}), {@code outlet} any name, host or URL
   * of the outlet registry ({@code rt.com} is {@code rt}), language, corpus and editorial tags are
   * lower-cased; ids and duplicate groups are taken as given.
   */
  public String term(String field, String value) {
    if (ArticleFields.ACTOR_FIELDS.contains(field)) {
      return canonicalActor(value);
    }
    return switch (field) {
      case ArticleFields.OUTLET -> outlets.resolve(value).id();
      case ArticleFields.ENTITY -> org.dateline.extract.ProperNounRecognizer.key(value);
      case ArticleFields.LANG, ArticleFields.CORPUS, ArticleFields.TAG_PLACES, ArticleFields.TAG_PEOPLE,
          ArticleFields.TAG_ORGS -> value.strip().toLowerCase(Locale.ROOT);
      default -> value;
    };
  }

  /** The outlet registry outlet names resolve against. */
  public OutletRegistry outlets() {
    return outlets;
  }

  /** The scoring text query of {@code filter}, or null when it has none. */
  public Query text(ArticleFilter filter) throws QuerySyntaxException {
    return parse(filter).query();
  }

  /** The scoring text query of {@code filter} (null query when it has none) with any fallback notice. */
  public ParsedQuery parse(ArticleFilter filter) throws QuerySyntaxException {
    if (!filter.hasQuery()) {
      return new ParsedQuery(null, null);
    }
    return new ArticleQueryParser(this::term).parse(filter.query(), filter.mode());
  }

  /** The whole query: {@code text} (from {@link #text}) as MUST, the filters as FILTER clauses. */
  public Query build(ArticleFilter filter, Query text) {
    return buildWithout(filter, text, null);
  }

  /** The whole query of {@code filter}. */
  public Query build(ArticleFilter filter) throws QuerySyntaxException {
    return build(filter, text(filter));
  }

  /**
   * The whole query without the selection on facet dimension {@code dim} (null: without none): the
   * matches over which a multi-select facet of {@code dim} is counted.
   */
  public Query buildWithout(ArticleFilter filter, Query text, String dim) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text == null ? MatchAllDocsQuery.INSTANCE : text, text == null ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
    addDates(b, filter);
    selections(filter).forEach((d, q) -> {
      if (!d.equals(dim)) {
        b.add(q, BooleanClause.Occur.FILTER);
      }
    });
    return b.build();
  }

  /**
   * The collection a share is taken of: the articles that pass the date, outlet, language and
   * corpus filters, whatever their text or actors.
   */
  public Query collection(ArticleFilter filter) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.FILTER);
    addDates(b, filter);
    selections(filter).forEach((d, q) -> {
      if (!d.equals(ArticleFields.ACTOR)) {
        b.add(q, BooleanClause.Occur.FILTER);
      }
    });
    return b.build();
  }

  /** The canonical ids of the actors {@code filter} selects. */
  public List<String> selectedActors(ArticleFilter filter) {
    return filter.actors().stream().map(this::resolveActor).toList();
  }

  /** The facet dimensions {@code filter} selects values of (actor, outlet, lang, corpus), each with its filter query. */
  public Map<String, Query> selections(ArticleFilter filter) {
    Map<String, Query> out = new LinkedHashMap<>();
    if (!filter.actors().isEmpty()) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String actor : selectedActors(filter)) {
        all.add(new TermQuery(new Term(ArticleFields.ACTOR, actor)), BooleanClause.Occur.FILTER);
      }
      out.put(ArticleFields.ACTOR, all.build());
    }
    addAny(out, ArticleFields.OUTLET, filter.outlets());
    addAny(out, ArticleFields.LANG, filter.langs());
    addAny(out, ArticleFields.CORPUS, filter.corpora());
    return out;
  }

  private void addAny(Map<String, Query> out, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      any.add(new TermQuery(new Term(field, term(field, v))),
          BooleanClause.Occur.SHOULD);
    }
    out.put(field, any.build());
  }

  private static void addDates(BooleanQuery.Builder b, ArticleFilter filter) {
    if (filter.from() != null || filter.to() != null) {
      int lo = filter.from() == null ? Integer.MIN_VALUE : (int) filter.from().toEpochDay();
      int hi = filter.to() == null ? Integer.MAX_VALUE : (int) filter.to().toEpochDay();
      b.add(IntField.newRangeQuery(ArticleFields.DATE, lo, hi), BooleanClause.Occur.FILTER);
    }
  }

  /** The canonical actor id behind an id or alias, or an {@link InvalidRequestException}. */
  public String resolveActor(String idOrAlias) {
    Actor a = matcher().resolve(idOrAlias);
    if (a == null) {
      throw new InvalidRequestException("unknown actor '" + idOrAlias + "': not an id or alias in the actor registry");
    }
    return a.id();
  }

  /** The registry the factory resolves actors against. */
  public ActorRegistry registry() {
    return registry;
  }

  /** The actor matcher of the registry, built on first use (most queries never resolve an alias). */
  public ActorMatcher matcher() {
    if (matcher == null) {
      matcher = new ActorMatcher(registry);
    }
    return matcher;
  }

  private String canonicalActor(String idOrAlias) {
    Actor a = matcher().resolve(idOrAlias);
    return a == null ? idOrAlias : a.id();
  }
}
