package org.dateline.search;

import java.io.IOException;

/** There is no index at the given folder. */
public final class NoIndexException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception naming the folder that holds no index. */
  public NoIndexException(String indexDir) {
    super("no index at " + indexDir);
  }
}
