package org.dateline.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;

/**
 * Reads the requested columns of one article from its stored fields. A visitor that decodes only
 * those fields, so a metadata export never turns the article text into a String.
 */
final class RowLoader extends StoredFieldVisitor {
  private final List<ExportField> fields;
  private final Map<String, Integer> slotByIndexField = new HashMap<>();
  private Object[] values;

  RowLoader(List<ExportField> fields) {
    this.fields = List.copyOf(fields);
    for (int i = 0; i < fields.size(); i++) {
      slotByIndexField.put(fields.get(i).indexField(), i);
    }
  }

  /** The row of document {@code doc}, read through {@code stored}. */
  ExportRow load(StoredFields stored, int doc) throws IOException {
    values = new Object[fields.size()];
    stored.document(doc, this);
    for (int i = 0; i < values.length; i++) {
      if (fields.get(i).multiValued() && values[i] != null) {
        values[i] = List.copyOf(asList(values[i]));
      }
    }
    return new ExportRow(values);
  }

  @Override
  public Status needsField(FieldInfo field) {
    return slotByIndexField.containsKey(field.name) ? Status.YES : Status.NO;
  }

  @Override
  public void stringField(FieldInfo field, String value) {
    int slot = slotByIndexField.get(field.name);
    if (fields.get(slot).multiValued()) {
      if (values[slot] == null) {
        values[slot] = new ArrayList<String>(4);
      }
      asList(values[slot]).add(value);
    } else {
      values[slot] = value;
    }
  }

  @Override
  public void intField(FieldInfo field, int value) {
    // The only int field is the date, stored as an epoch day.
    values[slotByIndexField.get(field.name)] = LocalDate.ofEpochDay(value).toString();
  }

  @SuppressWarnings("unchecked")
  private static List<String> asList(Object o) {
    return (List<String>) o;
  }
}
