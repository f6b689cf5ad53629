package org.dateline.extract;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Folds Latin diacritics to ASCII (Türkiye to Turkiye) with Lucene's table, keeping case. */
final class ASCIIFold {
  private ASCIIFold() {}

  /** Returns {@code s} with accented Latin letters replaced by their ASCII forms. */
  static String fold(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 0x80;
    }
    if (ascii) {
      return s;
    }
    char[] in = s.toCharArray();
    char[] out = new char[in.length * 4];
    int len = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, len);
  }
}
