package org.dateline.index;

import java.time.Duration;

/**
 * When a long ingest commits before its end, so that a crash loses at most this much work: after
 * {@code everyRecords} records or {@code interval} of time since the last commit, whichever comes
 * first. Each such commit records how far the run got, so that a re-run resumes there.
 *
 * @param everyRecords records read between commits; 0 for no commit by count
 * @param interval time between commits; {@link Duration#ZERO} for no commit by time
 */
public record CommitPolicy(long everyRecords, Duration interval) {
  /**
   * The default: every 50,000 records or 60 seconds. A commit syncs every new file to disk (tens to
   * hundreds of milliseconds), so committing much more often would slow large ingests measurably.
   */
  public static final CommitPolicy DEFAULT = new CommitPolicy(50_000, Duration.ofSeconds(60));
  /** One commit at the end of the run only: a failed run commits nothing. */
  public static final CommitPolicy AT_END = new CommitPolicy(0, Duration.ZERO);

  /** Checks the bounds. */
  public CommitPolicy {
    if (everyRecords < 0 || interval.isNegative()) {
      throw new IllegalArgumentException("commit interval must not be negative");
    }
  }

  /** True when a commit is due after {@code records} records and {@code nanos} nanoseconds since the last one. */
  boolean due(long records, long nanos) {
    return (everyRecords > 0 && records >= everyRecords) || (!interval.isZero() && nanos >= interval.toNanos());
  }
}
