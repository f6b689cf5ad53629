package org.dateline.export;

import java.util.List;

/**
 * One exported article: a value per requested field, in field order. A value is a {@code String},
 * a {@code List<String>} for a multi-valued field, or null when the article has none.
 */
public final class ExportRow {
  private final Object[] values;

  ExportRow(Object[] values) {
    this.values = values;
  }

  /** The number of values. */
  public int size() {
    return values.length;
  }

  /** The single value at {@code i}, or null. */
  public String string(int i) {
    return (String) values[i];
  }

  /** The values of the multi-valued field at {@code i}; empty when there are none. */
  @SuppressWarnings("unchecked")
  public List<String> list(int i) {
    return values[i] == null ? List.of() : (List<String>) values[i];
  }
}
