package org.dateline.index;

import java.io.IOException;

/**
 * The index could not be written (disk full, an I/O error in a flush or merge, out of memory): the
 * run stopped, and the index keeps its last good commit, which the message names with the root
 * cause. A re-run once the cause is fixed resumes from that commit.
 */
public final class IndexWriteException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Checkpoint lastGood;
  private final boolean outOfMemory;

  /** Creates the exception; {@code cause} is the root cause, not Lucene's "this IndexWriter is closed". */
  public IndexWriteException(String message, Checkpoint lastGood, boolean outOfMemory, Throwable cause) {
    super(message, cause);
    this.lastGood = lastGood;
    this.outOfMemory = outOfMemory;
  }

  /** The commit the index still holds. */
  public Checkpoint lastGood() {
    return lastGood;
  }

  /** True when the Java heap ran out (not an I/O problem: more heap, not more disk, fixes it). */
  public boolean outOfMemory() {
    return outOfMemory;
  }
}
