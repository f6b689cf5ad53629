package org.dateline.corpus;

/** A file or record cannot be read as an article; carries the reason code and location for the report. */
public final class CorpusException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final String location;

  /** Creates the exception with a stable reason code, a location (or null) and a one-line message. */
  public CorpusException(String reason, String location, String message) {
    super(message);
    this.reason = reason;
    this.location = location;
  }

  /** The short reason code, e.g. {@code invalid-encoding}. */
  public String reason() {
    return reason;
  }

  /** Line or byte offset within the file, or null. */
  public String location() {
    return location;
  }

  /** This failure as a rejection of {@code source}. */
  public Rejection toRejection(String source) {
    return new Rejection(source, location, reason, getMessage());
  }
}
