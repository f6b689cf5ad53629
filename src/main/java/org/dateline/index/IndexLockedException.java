package org.dateline.index;

import java.io.IOException;

/** Another process is writing to the index; only one writer may run at a time. */
public final class IndexLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception naming the locked index folder. */
  public IndexLockedException(String indexDir, Throwable cause) {
    super("index is locked by another dateline process: " + indexDir, cause);
  }
}
