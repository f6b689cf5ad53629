package org.dateline.index;

import java.io.IOException;

/** The index folder holds an index this version cannot use: not Dateline's, newer, or older (for reading). */
public final class IncompatibleIndexException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the one-line reason and what to do. */
  public IncompatibleIndexException(String message) {
    super(message);
  }
}
