package org.dateline.search;

/**
 * One bucket of one series of a timeline.
 *
 * @param bucket the bucket label ({@code 2025-05}, {@code 2025-W20}, ...) or {@code undated}
 * @param series the series value ({@code rt}, {@code putin}), or {@code all} without series
 * @param count matching articles in the bucket (and series)
 * @param total articles of the collection in the bucket (and series), whatever their text and actors
 * @param share {@code count / total}, or NaN when {@code total} is 0
 */
public record TimelineRow(String bucket, String series, long count, long total, double share) {}
