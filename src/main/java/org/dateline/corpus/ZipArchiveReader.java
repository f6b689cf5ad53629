package org.dateline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a {@code .zip} archive as a stream, entry by entry, each entry with the reader of its own
 * name (see {@link ArchiveEntries} for the safety checks). Each entry's decompression is guarded
 * against bombs by its ratio to the compressed bytes it consumed.
 */
final class ZipArchiveReader implements ArticleReader {
  private final ReaderSettings settings;

  ZipArchiveReader(ReaderSettings settings) {
    this.settings = settings;
  }

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    try (InputStream raw = file.open()) {
      CountingInputStream counted = new CountingInputStream(raw);
      ZipInputStream zip = new ZipInputStream(counted);
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.isDirectory()) {
          ArchiveEntries.read(file, e.getName(), new InflationGuard(zip, counted::count), settings, sink);
        }
      }
    }
  }
}
