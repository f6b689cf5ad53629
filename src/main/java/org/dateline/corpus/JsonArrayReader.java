package org.dateline.corpus;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads {@code .json} files: a JSON array of objects, a single object, or several of either one
 * after another (concatenated JSON), each object mapped to an article by the corpus's {@link
 * FieldMapping}. The file is streamed, never loaded whole. JSON has no record boundaries to resume
 * at, so a syntax error (truncated or malformed JSON) rejects the rest of the file from that line;
 * the records before it are kept. Without an id field, an article's id is the file name plus its
 * position ({@code a.json#3} for the third object).
 */
final class JsonArrayReader implements ArticleReader {
  private final FieldMapping mapping;

  JsonArrayReader(FieldMapping mapping) {
    this.mapping = mapping;
  }

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    int n = 0;
    try (InputStream in = file.open(); JsonParser p = JsonRecords.FACTORY.createParser(in)) {
      boolean any = false;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        any = true;
        if (t == JsonToken.START_ARRAY) {
          for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e == null) {
              throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input: the array is not closed");
            }
            n = one(file, p, e, n, sink);
          }
        } else {
          n = one(file, p, t, n, sink);
        }
      }
      if (!any) {
        sink.reject(new Rejection(file.name(), null, "empty", "file has no JSON"));
      }
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? null : "line " + at.getLineNr();
      // A string past the record limit is a too-large record, not bad JSON (Jackson stops on it).
      String reason = e instanceof StreamConstraintsException ? "record-too-large" : "malformed-json";
      sink.reject(new Rejection(file.name(), where, reason, JsonRecords.describe(e)
          + (at == null ? "" : " (column " + at.getColumnNr() + ")") + "; the rest of the file after record " + n
          + " is skipped"));
    }
  }

  private int one(SourceFile file, JsonParser p, JsonToken t, int n, ArticleSink sink) throws IOException {
    int record = n + 1;
    String where = "line " + p.currentLocation().getLineNr();
    if (t != JsonToken.START_OBJECT) {
      p.skipChildren();
      sink.reject(new Rejection(file.name(), where, "not-an-object", "record " + record + " is not a JSON object"));
      return record;
    }
    try {
      var values = JsonRecords.readObject(p);
      sink.accept(mapping.toArticle(values, file.name(), where, file.name() + "#" + record));
    } catch (JsonRecords.TooLarge e) {
      sink.reject(new Rejection(file.name(), where, "record-too-large", "record " + record + ": " + e.getMessage()));
    }
    return record;
  }
}
