package org.dateline.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * What the ingest adds to an article's document beyond the extracted article: further outlets,
 * editorial tags, the corpus name and the duplicate group (see {@link ArticleFields}).
 *
 * @param moreOutlets outlet ids after the primary one
 * @param tags tag values by kind ({@code places}, {@code people}, {@code orgs})
 * @param corpus the corpus name, or null
 * @param duplicateGroup the duplicate-group id, or null when the text is empty
 */
public record IngestFields(List<String> moreOutlets, Map<String, List<String>> tags, String corpus, String duplicateGroup) {
  /** Nothing added. */
  public static final IngestFields NONE = new IngestFields(List.of(), Map.of(), null, null);

  /** Copies collections so the record stays immutable. */
  public IngestFields {
    moreOutlets = List.copyOf(moreOutlets);
    tags = Map.copyOf(tags);
  }

  /** Adds these fields to an unbuilt document (before {@code FacetsConfig.build}). */
  void addTo(Document doc) {
    for (String o : moreOutlets) {
      doc.add(new StringField(ArticleFields.OUTLET, o, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(ArticleFields.OUTLET, o));
    }
    tags.forEach((kind, values) -> {
      String field = ArticleFields.TAG_FIELDS.get(kind);
      if (field != null) {
        for (String v : values.stream().distinct().toList()) {
          doc.add(new StringField(field, v, Field.Store.YES));
          doc.add(new SortedSetDocValuesFacetField(field, v));
        }
      }
    });
    if (corpus != null) {
      doc.add(new StringField(ArticleFields.CORPUS, corpus, Field.Store.YES));
    }
    if (duplicateGroup != null) {
      doc.add(new KeywordField(ArticleFields.DUPLICATE_GROUP, duplicateGroup, Field.Store.YES));
    }
  }
}
