package org.dateline.index;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.dateline.corpus.Rejection;

/**
 * What one indexing run did: counts of every outcome, so that nothing is dropped silently.
 *
 * @param files files read
 * @param added articles new to the index
 * @param updated articles whose id was indexed before with other content
 * @param unchanged articles whose id and content were indexed before; left alone
 * @param undated articles indexed without a date
 * @param skipped rejected files and records by reason code
 * @param rejections the first rejections in full, for display (see {@link #MAX_DETAILS})
 * @param warnings the first warnings in full (undated, invalid date), for display
 * @param elapsed wall time
 */
public record IndexReport(
    int files,
    long added,
    long updated,
    long unchanged,
    long undated,
    SortedMap<String, Long> skipped,
    List<Rejection> rejections,
    List<String> warnings,
    Duration elapsed) {

  /** How many rejections and warnings a report keeps in full. */
  public static final int MAX_DETAILS = 100;

  /** Copies collections so the record stays immutable. */
  public IndexReport {
    skipped = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(skipped));
    rejections = List.copyOf(rejections);
    warnings = List.copyOf(warnings);
  }

  /** Total skipped files and records. */
  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Convenience for tests: the count of one skip reason. */
  public long skipped(String reason) {
    return skipped.getOrDefault(reason, 0L);
  }

  /** The skip reasons as {@code reason=count} pairs. */
  public Map<String, Long> skippedByReason() {
    return skipped;
  }
}
