package org.dateline.index;

/**
 * A commit an ingest run made: what a crash from now on falls back to.
 *
 * @param generation Lucene's commit generation ({@code segments_N}); for a commit in progress, the one expected
 * @param articles articles in the index as of this commit
 * @param records records of this run read up to this commit (resumed ones included)
 * @param last true for the run's final commit
 */
public record Checkpoint(long generation, long articles, long records, boolean last) {}
