package org.dateline.serve;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a route answers: a body built in full, or one written as a stream while the client reads it. */
public sealed interface Response {
  /** The HTTP status. */
  int status();

  /** The media type, with charset where it applies. */
  String contentType();

  /** Extra response headers. */
  Map<String, String> headers();

  /** JSON media type of every API answer. */
  String JSON = "application/json; charset=utf-8";

  /**
   * A body built in full before any byte is sent, so an error can still become a JSON error and
   * the worker is free again before a slow client reads it.
   */
  record Full(int status, String contentType, Map<String, String> headers, byte[] body) implements Response {
    /** Copies the headers. */
    public Full {
      headers = Map.copyOf(headers);
    }
  }

  /** A body of unknown length, written chunk by chunk in constant memory (the export). */
  record Streamed(int status, String contentType, Map<String, String> headers, Body body) implements Response {
    /** Copies the headers. */
    public Streamed {
      headers = Map.copyOf(headers);
    }
  }

  /** Writes a streamed body. */
  @FunctionalInterface
  interface Body extends AutoCloseable {
    /** Writes the whole body to {@code out}. */
    void writeTo(OutputStream out) throws Exception;

    /** Frees what the body holds; called once the response is over, whether it was written (HEAD) or not. */
    @Override
    default void close() {}
  }

  /** A 200 JSON answer from the bytes the library's JSON writer produced. */
  static Full json(byte[] body) {
    return new Full(200, JSON, Map.of(), body);
  }

  /** A 200 JSON answer from text. */
  static Full json(String body) {
    return json(body.getBytes(StandardCharsets.UTF_8));
  }
}
