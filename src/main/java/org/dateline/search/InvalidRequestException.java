package org.dateline.search;

/** A request names something that does not exist, such as an unknown actor; the message says which. */
public final class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a one-line message naming the bad value. */
  public InvalidRequestException(String message) {
    super(message);
  }
}
