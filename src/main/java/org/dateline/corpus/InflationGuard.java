package org.dateline.corpus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Wraps a decompressing stream and stops it when it inflates past {@link ReadLimits}: more than
 * {@link ReadLimits#MAX_INFLATED_BYTES} in all, or more than {@link ReadLimits#MAX_RATIO} times
 * the compressed bytes consumed. A bomb is thus rejected after a few megabytes, in fixed memory.
 */
final class InflationGuard extends FilterInputStream {
  private final LongSupplier compressedBytes;
  private final long compressedAtStart;
  private long inflated;

  /**
   * @param inflating the decompressed stream
   * @param compressedBytes how many compressed bytes have been consumed so far (a counter below)
   */
  InflationGuard(InputStream inflating, LongSupplier compressedBytes) {
    super(inflating);
    this.compressedBytes = compressedBytes;
    this.compressedAtStart = compressedBytes.getAsLong();
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) throws CorpusIOException {
    inflated += n;
    if (inflated > ReadLimits.MAX_INFLATED_BYTES) {
      throw new CorpusIOException("archive-bomb", "decompresses to more than " + ReadLimits.MAX_INFLATED_BYTES + " bytes");
    }
    if (inflated > ReadLimits.RATIO_GRACE_BYTES) {
      long compressed = Math.max(1, compressedBytes.getAsLong() - compressedAtStart);
      if (inflated / compressed > ReadLimits.MAX_RATIO) {
        throw new CorpusIOException("archive-bomb", "compression ratio over " + ReadLimits.MAX_RATIO
            + ":1 (" + inflated + " bytes from " + compressed + "); refusing a likely decompression bomb");
      }
    }
  }
}
