package org.dateline.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dateline.index.ArticleFields;

/**
 * The columns an export can have. Their names are a public contract and may differ from the index
 * field they are read from ({@code text} is the body, {@code actors} the actor ids).
 */
public enum ExportField {
  /** The article id. */
  ID("id", ArticleFields.ID, false),
  /** The publication day, {@code YYYY-MM-DD}, absent when undated. */
  DATE("date", ArticleFields.DATE, false),
  /** The outlet key. */
  OUTLET("outlet", ArticleFields.OUTLET, false),
  /** The language code. */
  LANG("lang", ArticleFields.LANG, false),
  /** The title. */
  TITLE("title", ArticleFields.TITLE, false),
  /** The canonical actor ids, sorted: the one multi-valued column. */
  ACTORS("actors", ArticleFields.ACTOR, true),
  /** The article's address, absent when the source gives none. */
  URL("url", ArticleFields.URL, false),
  /** The source file the article was read from. */
  SOURCE("source", ArticleFields.SOURCE, false),
  /** Where the date came from ({@code header}, {@code prefix}, ...), absent when undated. */
  DATE_SOURCE("date_source", ArticleFields.DATE_SOURCE, false),
  /** The full text. */
  TEXT("text", ArticleFields.BODY, false),
  /** The corpus the article was indexed from (the corpus config's name, or the indexed folder's). */
  CORPUS("corpus", ArticleFields.CORPUS, false);

  /** The columns written when {@code --fields} is not given: every metadata column, no text. */
  public static final List<ExportField> DEFAULTS = List.of(ID, DATE, OUTLET, LANG, TITLE, ACTORS, URL);

  private final String column;
  private final String indexField;
  private final boolean multiValued;

  ExportField(String column, String indexField, boolean multiValued) {
    this.column = column;
    this.indexField = indexField;
    this.multiValued = multiValued;
  }

  /** The public column name. */
  public String column() {
    return column;
  }

  /** The stored index field the values come from. */
  String indexField() {
    return indexField;
  }

  /** True when the column holds a list of values. */
  public boolean multiValued() {
    return multiValued;
  }

  /** The field with column name {@code name}; an {@link IllegalArgumentException} listing the valid names otherwise. */
  public static ExportField of(String name) {
    for (ExportField f : values()) {
      if (f.column.equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown field '" + name + "' (fields: " + names(Arrays.asList(values())) + ")");
  }

  /** Parses a comma-separated list such as {@code id,date,title}; each field at most once. */
  public static List<ExportField> parseList(String list) {
    List<ExportField> fields = new ArrayList<>();
    for (String name : list.split(",", -1)) {
      ExportField f = of(name.strip().toLowerCase(Locale.ROOT));
      if (fields.contains(f)) {
        throw new IllegalArgumentException("field '" + f.column + "' is listed twice in --fields");
      }
      fields.add(f);
    }
    return List.copyOf(fields);
  }

  /** The column names of {@code fields}, comma-separated. */
  public static String names(List<ExportField> fields) {
    return fields.stream().map(ExportField::column).collect(Collectors.joining(","));
  }
}
