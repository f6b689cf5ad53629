package org.dateline.index;

/**
 * A set of 64-bit hashes in one open-addressing array: 8-16 bytes per entry instead of the ~60 of
 * a {@code HashSet<Long>}, so a run can remember every id it read (for duplicate ids and
 * {@code --prune}) over millions of articles in bounded memory.
 */
final class LongSet {
  private long[] slots = new long[1 << 12];
  private int size;

  /** Adds {@code v}; true when it was not there yet. */
  boolean add(long v) {
    long key = v == 0 ? 1 : v; // 0 marks an empty slot
    if (size * 2 >= slots.length) {
      grow();
    }
    int i = slot(key, slots.length);
    while (slots[i] != 0) {
      if (slots[i] == key) {
        return false;
      }
      i = (i + 1) & (slots.length - 1);
    }
    slots[i] = key;
    size++;
    return true;
  }

  /** True when {@code v} was added. */
  boolean contains(long v) {
    long key = v == 0 ? 1 : v;
    for (int i = slot(key, slots.length); slots[i] != 0; i = (i + 1) & (slots.length - 1)) {
      if (slots[i] == key) {
        return true;
      }
    }
    return false;
  }

  /** How many values were added. */
  int size() {
    return size;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (long k : old) {
      if (k != 0) {
        int i = slot(k, slots.length);
        while (slots[i] != 0) {
          i = (i + 1) & (slots.length - 1);
        }
        slots[i] = k;
      }
    }
  }

  private static int slot(long key, int length) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & (length - 1);
  }
}
