package org.dateline.corpus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * What zip and tar readers share: the checks every entry passes before it is read (a safe name,
 * nesting within {@link ReadLimits#MAX_ARCHIVE_DEPTH}) and the dispatch of an entry to the reader
 * of its own format. Entries are read as streams in place; nothing is ever extracted to disk.
 */
final class ArchiveEntries {
  private ArchiveEntries() {}

  /**
   * Reads one entry of {@code archive}: rejected when its name is unsafe, hidden entries are passed
   * over, and the rest read with the reader for its name.
   *
   * @param in the entry's bytes; not closed here (the archive stream goes on)
   */
  static void read(SourceFile archive, String entryName, InputStream in, ReaderSettings settings, ArticleSink sink)
      throws IOException {
    String unsafe = unsafe(entryName);
    if (unsafe != null) {
      sink.reject(new Rejection(archive.name(), "entry " + entryName, "unsafe-path", unsafe));
      return;
    }
    if (hidden(entryName)) {
      return;
    }
    String name = archive.name() + "!/" + entryName;
    SourceFile entry = new SourceFile(name, () -> new KeepOpen(in), archive.depth() + 1);
    var reader = Formats.forFile(entryName, settings);
    if (reader.isEmpty()) {
      sink.reject(new Rejection(name, null, "unsupported-format", "no reader for this file type (known: " + Formats.known() + ")"));
      return;
    }
    if (Formats.isArchive(entryName) && entry.depth() >= ReadLimits.MAX_ARCHIVE_DEPTH) {
      sink.reject(new Rejection(name, null, "archive-too-deep", "archives nested deeper than "
          + ReadLimits.MAX_ARCHIVE_DEPTH + " levels are not read"));
      return;
    }
    reader.get().read(entry, sink);
  }

  /** Why an entry name is unsafe ("zip slip": it would escape a folder it were extracted to), or null. */
  static String unsafe(String name) {
    String n = name.replace('\\', '/');
    if (n.startsWith("/") || n.matches("(?i)^[a-z]:.*")) {
      return "absolute entry name '" + name + "' refused";
    }
    for (String part : n.split("/")) {
      if (part.equals("..")) {
        return "entry name '" + name + "' climbs out of the archive with '..'; refused";
      }
    }
    return null;
  }

  private static boolean hidden(String name) {
    for (String part : name.replace('\\', '/').split("/")) {
      if (part.startsWith(".") || part.toLowerCase(Locale.ROOT).equals("__macosx")) {
        return true;
      }
    }
    return false;
  }

  /** An entry's stream that a reader may close without closing the archive around it. */
  private static final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the archive stream is closed by the archive reader
    }
  }
}
