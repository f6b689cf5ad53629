package org.dateline.index;

/** An ingest run stopped because more files or records were rejected than {@code --max-errors} allows; nothing was committed. */
public final class IngestAbortedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a one-line message. */
  public IngestAbortedException(String message) {
    super(message);
  }
}
