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

  /**
   * Reads the object whose START_OBJECT is the current token. An object whose bytes pass the record
   * limit is read to its end without keeping anything more, then rejected ({@link TooLarge}), so the
   * parser stands after it and the next record can be read.
   */
  static Map<String, List<String>> readObject(JsonParser p) throws IOException {
    Map<String, List<String>> out = new HashMap<>();
    long start = offset(p.currentTokenLocation());
    long[] size = {0};
    readInto(p, "", out, start, size);
    if (size[0] > ReadLimits.MAX_RECORD_BYTES) {
      throw new TooLarge(size[0]);
    }
    return out;
  }

  /** The record was longer than {@link ReadLimits#MAX_RECORD_BYTES}; the parser stands after it. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long bytes) {
      super("a record of over " + bytes + " bytes is longer than the limit of " + ReadLimits.MAX_RECORD_BYTES + " bytes");
    }
  }

  private static long offset(com.fasterxml.jackson.core.JsonLocation at) {
    return at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
  }

  private static void readInto(JsonParser p, String prefix, Map<String, List<String>> out, long start, long[] size)
      throws IOException {
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      if (t == null) {
        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input inside an object");
      }
      String name = prefix + p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.START_OBJECT) {
        readInto(p, name + ".", out, start, size);
      } else if (v == JsonToken.START_ARRAY) {
        List<String> values = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          if (e == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input inside an array");
          }
          if (e.isScalarValue() && e != JsonToken.VALUE_NULL) {
            keep(values, p, start, size, out);
          } else if (e.isStructStart()) {
            p.skipChildren();
          }
        }
        if (size[0] <= ReadLimits.MAX_RECORD_BYTES) {
          out.put(name, values);
        }
      } else if (v != JsonToken.VALUE_NULL) {
        List<String> one = new ArrayList<>(1);
        keep(one, p, start, size, out);
        if (size[0] <= ReadLimits.MAX_RECORD_BYTES) {
          out.put(name, one);
        }
      }
    }
  }

  /** Adds the current value unless the record has passed the limit; then drops all it holds. */
  private static void keep(List<String> values, JsonParser p, long start, long[] size, Map<String, List<String>> out)
      throws IOException {
    size[0] = Math.max(size[0], offset(p.currentLocation()) - start);
    if (size[0] > ReadLimits.MAX_RECORD_BYTES) {
      out.clear(); // read on to the end of the record, holding nothing
      return;
    }
    values.add(p.getText());
  }

  /** The first line of a parser error, with its line and column, for a rejection message. */
  static String describe(com.fasterxml.jackson.core.JacksonException e) {
    String msg = e.getOriginalMessage();
    int nl = msg.indexOf('\n');
    return nl < 0 ? msg : msg.substring(0, nl);
  }
}
