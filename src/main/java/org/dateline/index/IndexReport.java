package org.dateline.index;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dateline.corpus.Rejection;

/**
 * What one indexing run did: counts of every outcome, so that nothing is dropped silently.
 *
 * @param files files read
 * @param added articles new to the index
 * @param updated articles whose id was indexed before with other content
 * @param unchanged articles whose id and content were indexed before; left alone
 * @param undated articles indexed (added or updated) without a date
 * @param skipped rejected files and records by reason code
 * @param rejections the first rejections in full, for display (see {@link #MAX_DETAILS})
 * @param warnings the first warnings in full (undated, invalid date, truncated), for display
 * @param elapsed wall time
 * @param pruned articles deleted because their source vanished ({@code --prune})
 * @param duplicates articles indexed whose text equals one indexed before (same duplicate group)
 * @param truncated articles whose body was cut at the size cap
 * @param unknownOutlets outlets not in {@code outlets.tsv}, by normalised key, with article counts
 *     (at most {@link #MAX_UNKNOWN_OUTLETS} keys are kept)
 * @param warningCount all warnings of the run (only the first are kept in {@code warnings})
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
    Duration elapsed,
    long pruned,
    long duplicates,
    long truncated,
    SortedMap<String, Long> unknownOutlets,
    long warningCount) {

  /** How many rejections and warnings a report keeps in full. */
  public static final int MAX_DETAILS = 100;
  /** How many distinct unknown outlets a report keeps. */
  public static final int MAX_UNKNOWN_OUTLETS = 1000;

  /** Copies collections so the record stays immutable. */
  public IndexReport {
    skipped = Collections.unmodifiableSortedMap(new TreeMap<>(skipped));
    rejections = List.copyOf(rejections);
    warnings = List.copyOf(warnings);
    unknownOutlets = Collections.unmodifiableSortedMap(new TreeMap<>(unknownOutlets));
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

  /** Articles read in all: added, updated and unchanged. */
  public long articles() {
    return added + updated + unchanged;
  }
}
