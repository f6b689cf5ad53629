package org.dateline.extract;

import java.util.Arrays;

/**
 * A map from token keys to values that is looked up with a slice of a char array, so that a scanned
 * token needs no String to be looked up.
 *
 * <p>Why not Lucene's CharArrayMap: nearly every lookup of the matcher misses (most words start no
 * alias), and CharArrayMap compares the key's characters at every probe, up to a load of 0.8; JFR
 * showed those comparisons above the cost of the HashMap they replaced. Here a miss compares
 * mixed hashes in one int array at a load of at most 0.5, and characters only on an equal hash.
 *
 * @param <V> the value type
 */
final class TokenKeyMap<V> {
  private int[] hashes = new int[4];
  private char[][] keys = new char[4][];
  private Object[] values = new Object[4];
  private int size;

  /** The value of {@code key}, or null. */
  V get(CharSequence key) {
    char[] chars = key.toString().toCharArray();
    return get(chars, 0, chars.length);
  }

  /** The value of the key {@code buf[off..off+len)}, or null. */
  @SuppressWarnings("unchecked")
  V get(char[] buf, int off, int len) {
    int h = hash(buf, off, len);
    int mask = hashes.length - 1;
    for (int p = h & mask; hashes[p] != 0; p = (p + 1) & mask) {
      if (hashes[p] == h && Arrays.equals(keys[p], 0, keys[p].length, buf, off, off + len)) {
        return (V) values[p];
      }
    }
    return null;
  }

  /** Stores {@code value} under {@code key}, replacing any value it had. */
  void put(String key, V value) {
    char[] chars = key.toCharArray();
    int h = hash(chars, 0, chars.length);
    int mask = hashes.length - 1;
    int p = h & mask;
    while (hashes[p] != 0 && !(hashes[p] == h && Arrays.equals(keys[p], chars))) {
      p = (p + 1) & mask;
    }
    if (hashes[p] == 0) {
      size++;
    }
    hashes[p] = h;
    keys[p] = chars;
    values[p] = value;
    if (size * 2 > hashes.length) {
      grow();
    }
  }

  private void grow() {
    int[] oldHashes = hashes;
    char[][] oldKeys = keys;
    Object[] oldValues = values;
    int n = oldHashes.length * 2;
    hashes = new int[n];
    keys = new char[n][];
    values = new Object[n];
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldHashes[i] != 0) {
        int p = oldHashes[i] & (n - 1);
        while (hashes[p] != 0) {
          p = (p + 1) & (n - 1);
        }
        hashes[p] = oldHashes[i];
        keys[p] = oldKeys[i];
        values[p] = oldValues[i];
      }
    }
  }

  /** A well-mixed hash of the key, never 0 (0 marks an empty slot). */
  private static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    h *= 0x9E3779B9;
    h ^= h >>> 16;
    return h == 0 ? 1 : h;
  }
}
