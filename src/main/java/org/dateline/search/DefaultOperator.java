package org.dateline.search;

/** How words without an explicit operator combine: {@code AND} (all must occur) or {@code OR} (any may). */
public enum DefaultOperator {
  /** Every word must occur (in title or body); the default, because two words usually mean both. */
  AND,
  /** Any word may occur; more words rank higher. */
  OR
}
