package org.dateline.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** 64-bit fingerprints of ids and texts: the first 8 bytes of SHA-256, never 0. */
final class Fingerprint {
  private Fingerprint() {}

  /** The fingerprint of {@code s}. */
  static long of(String s) {
    try {
      long h = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))).getLong();
      return h == 0 ? 1 : h;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The duplicate-group id of a text: the fingerprint of its normalised form (lower case, white
   * space collapsed) in hex, or null for a blank text, which is no evidence of duplication.
   */
  static String duplicateGroup(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String normalised = collapseSpaces(text.strip()).toLowerCase(Locale.ROOT);
    return HexFormat.of().toHexDigits(of(normalised));
  }

  /**
   * {@code s.replaceAll("\\s+", " ")}: every run of ASCII white space (the regex {@code \s}: space,
   * tab, line feed, vertical tab, form feed, carriage return) becomes one space. A loop, because the
   * regex cost 3% of indexing time on the reading thread, as JFR showed.
   */
  static String collapseSpaces(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space) {
        sb.append(c);
      } else if (!inRun) {
        sb.append(' ');
      }
      inRun = space;
    }
    return sb.toString();
  }
}
