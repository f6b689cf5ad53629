package org.dateline.corpus;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .ndjson}): one JSON object per line, mapped to an
 * article by the corpus's {@link FieldMapping}. Each line stands alone, so a malformed, truncated
 * or undecodable line is rejected with its line number and byte offset and the next line is read.
 * Several objects on one line (concatenated JSON) are each read. Blank lines are passed over.
 * Without an id field, an article's id is the file name plus its line number ({@code a.jsonl#3}).
 */
final class JsonLinesReader implements ArticleReader {
  private final FieldMapping mapping;

  JsonLinesReader(FieldMapping mapping) {
    this.mapping = mapping;
  }

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    try (InputStream in = file.open()) {
      LineReader lines = new LineReader(in, ReadLimits.MAX_RECORD_BYTES);
      byte[] head = lines.peek();
      if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
          || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
        sink.reject(new Rejection(file.name(), "byte 0", "unsupported-encoding",
            "UTF-16 JSON Lines are not supported (JSON Lines are UTF-8); convert the file to UTF-8"));
        return;
      }
      for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
        readLine(file, line, sink);
      }
    }
  }

  private void readLine(SourceFile file, LineReader.Line line, ArticleSink sink) throws IOException {
    String where = "line " + line.number();
    if (line.tooLong()) {
      sink.reject(new Rejection(file.name(), where, "record-too-large", "line of " + line.length()
          + " bytes is longer than the limit of " + ReadLimits.MAX_RECORD_BYTES + " bytes (byte offset " + line.offset() + ")"));
      return;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line.bytes())).toString();
    } catch (CharacterCodingException e) {
      sink.reject(new Rejection(file.name(), where, "invalid-encoding",
          "invalid UTF-8 in the line starting at byte offset " + line.offset()));
      return;
    }
    if (text.isBlank()) {
      return;
    }
    int n = 0;
    try (JsonParser p = JsonRecords.FACTORY.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          sink.reject(new Rejection(file.name(), where, "not-an-object", "expected a JSON object, found " + t.asString()));
          return;
        }
        n++;
        var record = JsonRecords.readObject(p);
        String fallback = file.name() + "#" + line.number() + (n > 1 ? "." + n : "");
        sink.accept(mapping.toArticle(record, file.name(), where, fallback));
      }
    } catch (JacksonException e) {
      sink.reject(new Rejection(file.name(), where, "malformed-json", JsonRecords.describe(e)
          + " (column " + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ")"));
    }
  }
}
