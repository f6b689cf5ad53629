package org.dateline.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * Turns whatever stopped the writer into one {@link IndexWriteException} that names the index,
 * the root cause and the last good commit. Lucene reports a fatal ("tragic") error once and then
 * answers every call with "this IndexWriter is closed"; the cause users need is the first one.
 */
final class WriteFailure {
  private WriteFailure() {}

  /**
   * The exception to throw for {@code failure}; rolls the writer back so nothing half-done is
   * committed. A plain bug (a runtime exception while the writer is sound) is thrown as it is.
   */
  static IOException of(Throwable failure, IndexWriter writer, Path indexDir, Checkpoint lastGood) {
    Throwable tragic = writer.getTragicException();
    Throwable cause = tragic != null ? tragic : failure;
    if (cause instanceof AlreadyClosedException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    try {
      writer.rollback();
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
    boolean oom = rootOf(cause) instanceof OutOfMemoryError;
    if (!oom && tragic == null && !(cause instanceof IOException)) {
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
    return new IndexWriteException(describe(rootOf(cause), indexDir, lastGood, oom), lastGood, oom, cause);
  }

  static String describe(Throwable root, Path indexDir, Checkpoint lastGood, boolean oom) {
    String kept = lastGood.generation() == 0 ? "nothing was committed, the index is as it was"
        : String.format(Locale.ROOT, "the last good commit (generation %d, %,d articles) is intact", lastGood.generation(),
            lastGood.articles());
    if (oom) {
      return String.format(Locale.ROOT, "%s: out of memory while indexing (%s); %s; give Java more heap "
          + "(DATELINE_JAVA_OPTS=-Xmx2g) and re-run to resume", indexDir, root.getMessage(), kept);
    }
    String what = diskFull(root) ? "disk full" : "cannot write the index";
    return String.format(Locale.ROOT, "%s: %s (%s); %s; %s and re-run to resume", indexDir, what, message(root), kept,
        diskFull(root) ? "free space" : "fix the cause");
  }

  private static boolean diskFull(Throwable t) {
    String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
    return m.contains("no space left") || m.contains("not enough space") || m.contains("disk full");
  }

  private static String message(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private static Throwable rootOf(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
