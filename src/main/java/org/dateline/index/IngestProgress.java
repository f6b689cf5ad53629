package org.dateline.index;

import java.time.Duration;

/** Receives the progress of an ingest run, for a progress bar; called at file boundaries and every few hundred articles. */
@FunctionalInterface
public interface IngestProgress {
  /**
   * Where a run stands.
   *
   * @param filesDone files read so far
   * @param filesTotal files to read
   * @param bytesDone bytes on disk of the files read so far
   * @param bytesTotal bytes on disk of all files to read
   * @param articles articles read so far (added, updated or unchanged)
   * @param elapsed time since the run started
   */
  record Progress(int filesDone, int filesTotal, long bytesDone, long bytesTotal, long articles, Duration elapsed) {}

  /** Called with the current progress. */
  void update(Progress progress);

  /** Called just before a commit; {@code next} is what the index will hold once it is durable. */
  default void committing(Checkpoint next) {}

  /** Called once a commit is durable on disk: from now on a crash falls back to {@code done}. */
  default void committed(Checkpoint done) {}

  /** Called when a run resumes an interrupted one: its first {@code records} records were committed and are only re-read for their ids, not analysed or written again. */
  default void resuming(long records) {}
}
