package org.dateline.corpus;

import java.io.IOException;
import java.util.zip.GZIPInputStream;

/**
 * Reads a gzipped file ({@code a.jsonl.gz}) with the reader of the name without {@code .gz},
 * decompressing as a stream (concatenated gzip members included) under an {@link InflationGuard}.
 * The article's source name keeps the {@code .gz}, so ids say which file they came from.
 */
final class GzipReader implements ArticleReader {
  private final ArticleReader inner;

  GzipReader(ArticleReader inner) {
    this.inner = inner;
  }

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    inner.read(file.through(GzipReader::gunzip), sink);
  }

  /** A guarded decompressing stream over {@code in}. */
  static java.io.InputStream gunzip(java.io.InputStream in) throws IOException {
    CountingInputStream counted = new CountingInputStream(in);
    return new InflationGuard(new GZIPInputStream(counted, 64 * 1024), counted::count);
  }
}
