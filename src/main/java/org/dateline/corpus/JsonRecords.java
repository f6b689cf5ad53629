package org.dateline.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON object from a streaming parser into field name to values: scalars as text, arrays
 * of scalars as several values, nested objects flattened to dotted names ({@code source.name}).
 * Shared by the JSON Lines and JSON array readers.
 */
final class JsonRecords {
  /** Parsers allow strings up to the record limit; Jackson's default (20 MB) would be a second, different limit. */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(ReadLimits.MAX_RECORD_BYTES).build())
      .build();

  private JsonRecords() {}

  /** Reads the object whose START_OBJECT is the current token. */
  static Map<String, List<String>> readObject(JsonParser p) throws IOException {
    Map<String, List<String>> out = new HashMap<>();
    readInto(p, "", out);
    return out;
  }

  private static void readInto(JsonParser p, String prefix, Map<String, List<String>> out) throws IOException {
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      if (t == null) {
        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input inside an object");
      }
      String name = prefix + p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.START_OBJECT) {
        readInto(p, name + ".", out);
      } else if (v == JsonToken.START_ARRAY) {
        List<String> values = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          if (e == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input inside an array");
          }
          if (e.isScalarValue() && e != JsonToken.VALUE_NULL) {
            values.add(p.getText());
          } else if (e.isStructStart()) {
            p.skipChildren();
          }
        }
        out.put(name, values);
      } else if (v != JsonToken.VALUE_NULL) {
        out.put(name, List.of(p.getText()));
      }
    }
  }

  /** The first line of a parser error, with its line and column, for a rejection message. */
  static String describe(com.fasterxml.jackson.core.JacksonException e) {
    String msg = e.getOriginalMessage();
    int nl = msg.indexOf('\n');
    return nl < 0 ? msg : msg.substring(0, nl);
  }
}
