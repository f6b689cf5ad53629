package org.dateline.corpus;

import java.io.IOException;

/**
 * A whole file or archive entry cannot be read safely (a decompression bomb, an unsafe entry name,
 * archives nested too deep); thrown through readers so that the file is reported and skipped with
 * this reason code rather than as a generic read error.
 */
public final class CorpusIOException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  /** Creates the exception with a stable reason code and a one-line message. */
  public CorpusIOException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** The short reason code, e.g. {@code archive-bomb}. */
  public String reason() {
    return reason;
  }
}
