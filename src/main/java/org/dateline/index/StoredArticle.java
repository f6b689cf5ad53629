package org.dateline.index;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.dateline.extract.ActorFacets;
import org.dateline.extract.Article;

/**
 * Turns a stored Lucene document back into the {@link Article} it was built from, so that an
 * article can be rebuilt with new actor fields without its corpus. Every field that {@link
 * ArticleFields#toDocument} indexes must be recoverable here from stored values (or, for the input
 * hash, doc values): a field added to the schema is added to both.
 */
final class StoredArticle {
  private StoredArticle() {}

  /** The text the actor matcher reads: title and body, as {@link org.dateline.extract.ArticleExtractor} joins them. */
  static String matchText(Document d) {
    return d.get(ArticleFields.TITLE) + "\n" + d.get(ArticleFields.BODY);
  }

  /** The stored publication day of {@code d}, or null when it is undated. */
  static LocalDate date(Document d) {
    IndexableField date = d.getField(ArticleFields.DATE);
    return date == null ? null : LocalDate.ofEpochDay(date.numericValue().intValue());
  }

  /** The article stored in {@code d}, with {@code actors} in place of the stored actor fields. */
  static Article read(Document d, ActorFacets actors) {
    return new Article(d.get(ArticleFields.ID), date(d),
        d.get(ArticleFields.DATE_SOURCE), d.get(ArticleFields.TITLE), d.get(ArticleFields.BODY),
        d.get(ArticleFields.OUTLET), d.get(ArticleFields.URL), d.get(ArticleFields.LANG), d.get(ArticleFields.SOURCE),
        actors, List.of());
  }

  /** The actor views stored in {@code d}, unknown names included. */
  static ActorFacets actors(Document d) {
    return new ActorFacets(values(d, ArticleFields.ACTOR_LITERAL), values(d, ArticleFields.ACTOR),
        values(d, ArticleFields.PERSON), values(d, ArticleFields.ORG), values(d, ArticleFields.PLACE),
        values(d, ArticleFields.COUNTRY), values(d, ArticleFields.DEMONYM), values(d, ArticleFields.ENTITY));
  }

  private static java.util.SortedSet<String> values(Document d, String field) {
    return new java.util.TreeSet<>(List.of(d.getValues(field)));
  }

  /** What the ingest added to {@code d}: outlets after the first, editorial tags, corpus, duplicate group. */
  static IngestFields extras(Document d) {
    String[] outlets = d.getValues(ArticleFields.OUTLET);
    Map<String, List<String>> tags = new HashMap<>();
    ArticleFields.TAG_FIELDS.forEach((kind, field) -> {
      String[] values = d.getValues(field);
      if (values.length > 0) {
        tags.put(kind, List.of(values));
      }
    });
    return new IngestFields(List.of(outlets).subList(Math.min(1, outlets.length), outlets.length), tags,
        d.get(ArticleFields.CORPUS), d.get(ArticleFields.DUPLICATE_GROUP));
  }
}
