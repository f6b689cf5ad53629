package org.dateline.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** JSON Lines: one object per article with the column names as keys, in column order. */
final class JsonlRowWriter implements RowWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final List<ExportField> fields;
  private final JsonGenerator g;

  JsonlRowWriter(List<ExportField> fields, Writer out) throws IOException {
    this.fields = List.copyOf(fields);
    this.g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setRootValueSeparator(null); // we end each line ourselves; Jackson would put a space before the next
  }

  @Override
  public void begin() {
    // JSON Lines has no header: every line names its fields.
  }

  @Override
  public void write(ExportRow row) throws IOException {
    g.writeStartObject();
    for (int i = 0; i < fields.size(); i++) {
      g.writeFieldName(fields.get(i).column());
      if (fields.get(i).multiValued()) {
        g.writeStartArray();
        for (String v : row.list(i)) {
          g.writeString(v);
        }
        g.writeEndArray();
      } else {
        g.writeString(row.string(i)); // null becomes JSON null
      }
    }
    g.writeEndObject();
    g.writeRaw('\n');
  }

  @Override
  public void flush() throws IOException {
    g.flush();
  }
}
