package org.dateline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dateline.index.Checkpoint;
import org.dateline.index.IngestProgress;

/**
 * The progress of {@code dateline index} on stderr: the progress bar, a line when a run resumes an
 * interrupted one, and with {@code -v} a line before and after every commit, so that whoever watches
 * (a person, or the crash tests) knows what the index holds should the process die now.
 */
final class CommitLog implements IngestProgress {
  private final PrintWriter err;
  private final ProgressBar bar;
  private final boolean verbose;
  private final boolean quiet;

  CommitLog(PrintWriter err, ProgressBar bar, boolean verbose, boolean quiet) {
    this.err = err;
    this.bar = bar;
    this.verbose = verbose;
    this.quiet = quiet;
  }

  @Override
  public void update(Progress progress) {
    bar.update(progress);
  }

  @Override
  public void committing(Checkpoint next) {
    if (verbose) {
      err.println(String.format(Locale.ROOT, "dateline: committing (%d articles, %d records read)", next.articles(),
          next.records()));
      err.flush();
    }
  }

  @Override
  public void committed(Checkpoint done) {
    if (verbose) {
      err.println(String.format(Locale.ROOT, "dateline: committed generation %d (%d articles, %d records read)",
          done.generation(), done.articles(), done.records()));
      err.flush();
    }
  }

  @Override
  public void resuming(long records) {
    if (!quiet || verbose) {
      err.println(String.format(Locale.ROOT, "dateline: resuming an interrupted run: its first %d records are committed"
          + " and only re-read for their ids", records));
    }
  }
}
