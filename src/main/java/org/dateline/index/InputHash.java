package org.dateline.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.dateline.corpus.RawArticle;

/**
 * A 64-bit hash of everything an indexed article is built from: the raw article and the settings
 * that shape extraction (registry hash, the corpus's settings and outlet registry, schema
 * version). Equal hashes mean the article would be indexed the same way again, so it can be
 * skipped. The record's location (line) is left out: a record that only moved is unchanged.
 */
final class InputHash {
  private final String settings;

  InputHash(String registryHash, String sourceSettings) {
    this.settings = ArticleFields.SCHEMA_VERSION + '\u0000' + registryHash + '\u0000' + sourceSettings;
  }

  /** The hash of {@code raw} under these settings; never 0. */
  long of(RawArticle raw) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (String part : new String[] {settings, raw.id(), raw.title(), raw.body(), raw.date(), raw.dateSource(),
        raw.outlet(), raw.url(), raw.lang(), raw.source(), String.valueOf(raw.moreOutlets()), String.valueOf(new java.util.TreeMap<>(raw.tags()))}) {
      if (part != null) {
        md.update(part.getBytes(StandardCharsets.UTF_8));
      }
      md.update((byte) (part == null ? 1 : 0)); // separator that also tells null from ""
    }
    long h = ByteBuffer.wrap(md.digest()).getLong();
    return h == 0 ? 1 : h;
  }
}
