package org.dateline.index;

import java.io.IOException;

/** Another process is writing to the index; only one writer may run at a time. */
public final class IndexLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception naming the locked index folder. */
  public IndexLockedException(String indexDir, Throwable cause) {
    this(indexDir, null, cause);
  }

  /** Creates the exception naming the locked index folder and, when known, the process holding it. */
  public IndexLockedException(String indexDir, String owner, Throwable cause) {
    super("index is locked by another dateline process" + (owner == null ? "" : " (" + owner + ")") + ": " + indexDir
        + "; try again when it has finished", cause);
  }
}
