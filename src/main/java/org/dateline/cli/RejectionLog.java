package org.dateline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.dateline.corpus.Rejection;
import org.dateline.export.ReplacingFile;

/**
 * Writes every rejection of an ingest run to {@code --report FILE} as JSON Lines, one object per
 * rejection: {@code {"source", "location", "reason", "message"}} ({@code location} may be null).
 * The lines go to a temporary file that replaces FILE only when the run has succeeded
 * ({@link #finish}), so a failed or killed run, or a full disk, leaves the previous report as it was.
 * A write error does not stop the ingest (the index is the data; the report describes it): the
 * rest is not written, and {@link #finish} throws it, which the command turns into exit 74.
 */
final class RejectionLog implements Consumer<Rejection>, Closeable {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private final Path file;
  private final ReplacingFile target;
  private final BufferedWriter out;
  private IOException failure;

  RejectionLog(Path file, Path indexDir) throws IOException {
    this(file, indexDir, UnaryOperator.identity());
  }

  /** As above, with {@code disk} wrapping the file's stream (tests inject disk failures there). */
  RejectionLog(Path file, Path indexDir, UnaryOperator<OutputStream> disk) throws IOException {
    this.file = file;
    this.target = ReplacingFile.open(file, indexDir, disk);
    this.out = new BufferedWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8));
  }

  @Override
  public void accept(Rejection r) {
    if (failure != null) {
      return;
    }
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
      failure = e;
    }
  }

  /** Puts the report in place of FILE; throws the first write error instead, leaving FILE as it was. */
  void finish() throws IOException {
    try {
      if (failure == null) {
        out.flush();
        target.commit();
      }
    } catch (IOException e) {
      failure = e;
    }
    if (failure != null) {
      target.close();
      throw new IOException("cannot write the report " + file + " (" + failure.getMessage()
          + "); the index was updated, the previous report is unchanged", failure);
    }
  }

  /** Drops the report unless {@link #finish} put it in place. */
  @Override
  public void close() throws IOException {
    target.close();
  }
}
