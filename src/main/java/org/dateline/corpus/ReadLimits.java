package org.dateline.corpus;

/**
 * The bounds that keep reading safe on hostile input: memory per record, decompressed bytes and
 * archive nesting. They are constants rather than settings because they protect the process, not
 * express a preference; a record past them is reported, never silently cut or loaded whole.
 */
public final class ReadLimits {
  /** Longest record (a JSON line, an SGML document) held in memory, in bytes; longer ones are rejected. */
  public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;
  /** Most tags ({@code <}) in one HTML page; past it jsoup's tree would outgrow the heap long before the byte limit. */
  public static final int MAX_HTML_TAGS = 200_000;
  /** Most bytes read of one plain-text article file; the rest is dropped (the body is capped anyway). */
  public static final int MAX_TEXT_FILE_BYTES = 8 * 1024 * 1024;
  /** Archives (zip, tar) inside archives: a file at a greater depth is rejected. */
  public static final int MAX_ARCHIVE_DEPTH = 2;
  /** Highest ratio of decompressed to compressed bytes; news text compresses 3-10x, bombs 1000x. */
  public static final long MAX_RATIO = 100;
  /** The ratio is judged only once this many bytes came out, so small files with headers pass. */
  public static final long RATIO_GRACE_BYTES = 4L * 1024 * 1024;
  /** Most decompressed bytes of one file or archive entry. */
  public static final long MAX_INFLATED_BYTES = 16L * 1024 * 1024 * 1024;

  private ReadLimits() {}
}
