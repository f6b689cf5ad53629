package org.dateline.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI 3.1 description of the API, a file in the jar that a test checks against the real routes. */
public final class OpenApi {
  private static final byte[] DOCUMENT = load();

  private OpenApi() {}

  private static byte[] load() {
    try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document's bytes (UTF-8 JSON). */
  public static byte[] document() {
    return DOCUMENT.clone();
  }
}
