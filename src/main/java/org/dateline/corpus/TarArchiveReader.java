package org.dateline.corpus;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads a {@code .tar}, {@code .tar.gz} or {@code .tgz} archive as a stream, entry by entry, each
 * regular file with the reader of its own name (see {@link ArchiveEntries}); links and folders are
 * not articles and are passed over. The gzip layer is guarded against bombs.
 */
final class TarArchiveReader implements ArticleReader {
  private final ReaderSettings settings;
  private final boolean gzipped;

  TarArchiveReader(ReaderSettings settings, boolean gzipped) {
    this.settings = settings;
    this.gzipped = gzipped;
  }

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    try (InputStream raw = file.open()) {
      InputStream in = gzipped ? GzipReader.gunzip(raw) : raw;
      TarArchiveInputStream tar = new TarArchiveInputStream(in);
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        // isFile() is also true for hard links (and, in old archives, symlinks): they are not articles.
        if (e.isFile() && !e.isLink() && !e.isSymbolicLink()) {
          ArchiveEntries.read(file, e.getName(), tar, settings, sink);
        }
      }
    }
  }
}
