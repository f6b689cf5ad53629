package org.dateline.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Neutralises what a terminal would obey in text that comes from the data (titles, bodies, outlets,
 * ids, file names, registry names): C0 controls but tab and newline, DEL, C1 controls (ESC, CSI, OSC
 * 52 clipboard writes, window titles, screen clears) and the bidi overrides and isolates that can make
 * text read other than it is (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C). Each becomes
 * U+FFFD. Only the escapes Dateline writes itself pass: bold and reset around search highlights
 * ({@code ESC[1m}, {@code ESC[0m}), erase-line ({@code ESC[K}), and on stderr a carriage return
 * that starts a progress line. Used for every human-readable output (tables on stdout, all of
 * stderr); JSON, CSV, TSV and GEXF stay exact.
 */
final class SafeText extends FilterWriter {
  private static final char REPLACEMENT = '\uFFFD';
  private final boolean progressLines;

  private SafeText(Writer out, boolean progressLines) {
    super(out);
    this.progressLines = progressLines;
  }

  /** A writer over {@code out} that neutralises controls; {@code progressLines} keeps a leading CR (stderr). */
  static PrintWriter wrap(PrintWriter out, boolean progressLines) {
    return new PrintWriter(new SafeText(out, progressLines), progressLines); // stderr: flush each line, as before
  }

  /** {@code s} with every control character and bidi override replaced by U+FFFD. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unsafe(c)) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
        sb.append(REPLACEMENT);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** True for a character a terminal may act on or that reorders text. */
  static boolean unsafe(char c) {
    return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F
        || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c), 0, 1);
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    write(new String(buf, off, len), 0, len);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    StringBuilder sb = new StringBuilder(len);
    for (int i = off; i < off + len; i++) {
      char c = s.charAt(i);
      if (c == '\u001B' && ours(s, i + 1, off + len)) {
        int end = i + (s.charAt(i + 2) == 'K' ? 3 : 4);
        sb.append(s, i, end);
        i = end - 1;
      } else if (c == '\r' && progressLines && i == off) {
        sb.append(c);
      } else {
        sb.append(unsafe(c) ? REPLACEMENT : c);
      }
    }
    out.write(sb.toString());
  }

  /** True when the escape whose ESC was just before {@code i} is one Dateline writes itself. */
  private static boolean ours(String s, int i, int end) {
    return s.startsWith("[K", i) && i + 2 <= end || (s.startsWith("[1m", i) || s.startsWith("[0m", i)) && i + 3 <= end;
  }
}
