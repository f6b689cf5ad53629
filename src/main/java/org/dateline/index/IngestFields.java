package org.dateline.index;

import java.util.List;
import java.util.Map;

/**
 * What the ingest adds to an article's document beyond the extracted article: further outlets,
 * editorial tags, the corpus name and the duplicate group ({@link ArticleFields} indexes them).
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
}
