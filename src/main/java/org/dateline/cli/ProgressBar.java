package org.dateline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dateline.index.IngestProgress;

/**
 * Draws indexing progress on one stderr line, redrawn at most ten times a second: files and
 * articles done, articles per second, elapsed time and, once a tenth of the bytes is read, an
 * estimate of the time left. Draws nothing when disabled (stderr not a terminal, or {@code --quiet}).
 */
final class ProgressBar implements IngestProgress {
  private static final int WIDTH = 24;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  @Override
  public void update(Progress p) {
    long now = System.nanoTime();
    if (!enabled || now - lastDraw < REDRAW_NANOS && p.filesDone() < p.filesTotal()) {
      return;
    }
    lastDraw = now;
    err.print("\r" + line(p) + "\u001B[K");
    err.flush();
    drawn = true;
  }

  /** Clears the bar so the report starts on a clean line. */
  void finish() {
    if (drawn) {
      err.print("\r\u001B[K");
      err.flush();
    }
  }

  /** The text of the bar, e.g. {@code [######------] 3/22 files  3,000 articles  1,500/s  0:02  ~0:09 left}. */
  static String line(Progress p) {
    double fraction = p.bytesTotal() > 0 ? (double) p.bytesDone() / p.bytesTotal()
        : p.filesTotal() > 0 ? (double) p.filesDone() / p.filesTotal() : 0;
    int filled = (int) Math.round(fraction * WIDTH);
    double seconds = p.elapsed().toMillis() / 1000.0;
    StringBuilder sb = new StringBuilder();
    sb.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
    sb.append(String.format(Locale.ROOT, "%d/%d files  %,d articles  %,.0f/s  %s", p.filesDone(), p.filesTotal(),
        p.articles(), seconds > 0 ? p.articles() / seconds : 0.0, clock(seconds)));
    if (fraction >= 0.1 && fraction < 1) {
      sb.append("  ~").append(clock(seconds / fraction - seconds)).append(" left");
    }
    return sb.toString();
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
