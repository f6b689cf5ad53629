package org.dateline.export;

/** A manifest file does not parse or lacks a field; the message names the file and what is wrong. */
public final class ManifestException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a one-line message naming the file. */
  public ManifestException(String message) {
    super(message);
  }
}
