package org.dateline.index;

import java.util.function.Consumer;
import org.dateline.corpus.Rejection;

/**
 * How an ingest run behaves beyond what it reads.
 *
 * @param prune delete the articles of the ingested corpora that this run did not read
 * @param maxErrors stop, committing nothing, once more than this many files or records are rejected; -1 for no limit
 * @param maxBodyChars longest body kept; longer ones are truncated with a warning
 * @param rejections receives every rejection as it happens (e.g. to write {@code --report FILE})
 * @param progress receives progress updates
 */
public record IngestOptions(boolean prune, long maxErrors, int maxBodyChars, Consumer<Rejection> rejections,
    IngestProgress progress) {
  /** The default body cap: 1 MB of text is far beyond any news article; more is a broken record. */
  public static final int DEFAULT_MAX_BODY_CHARS = 1_000_000;

  /** No pruning, no error limit, the default body cap, nothing listening. */
  public static final IngestOptions DEFAULT =
      new IngestOptions(false, -1, DEFAULT_MAX_BODY_CHARS, r -> { }, p -> { });
}
