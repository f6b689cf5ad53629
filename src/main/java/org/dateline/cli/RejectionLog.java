package org.dateline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.dateline.corpus.Rejection;

/**
 * Writes every rejection of an ingest run to {@code --report FILE} as JSON Lines, one object per
 * rejection: {@code {"source", "location", "reason", "message"}} ({@code location} may be null).
 */
final class RejectionLog implements Consumer<Rejection>, Closeable {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private final BufferedWriter out;

  RejectionLog(Path file) throws IOException {
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  @Override
  public void accept(Rejection r) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("source", r.source());
      g.writeStringField("location", r.location());
      g.writeStringField("reason", r.reason());
      g.writeStringField("message", r.message());
      g.writeEndObject();
      g.close();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
