package org.dateline.export;

import java.util.List;
import org.dateline.search.ArticleFilter;
import org.dateline.search.SortOrder;

/**
 * What to export and how.
 *
 * @param filter which articles (the same filter model as search)
 * @param sort row order; ties are broken by id
 * @param fields the columns, in order
 * @param format the file format
 */
public record ExportRequest(ArticleFilter filter, SortOrder sort, List<ExportField> fields, ExportFormat format) {
  /** Copies the field list so the record stays immutable; at least one field is required. */
  public ExportRequest {
    fields = List.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("--fields must name at least one field");
    }
  }

  /** The sort as written on the command line: {@code date}, {@code -date} or {@code relevance}. */
  public String sortName() {
    return switch (sort) {
      case DATE -> "date";
      case DATE_DESC -> "-date";
      case RELEVANCE -> "relevance";
    };
  }
}
