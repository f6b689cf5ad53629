package org.dateline.extract;

import java.util.Locale;

/** Normalises outlet names to the keys stored and filtered on. */
public final class Outlets {
  /** The outlet of articles whose source names none. */
  public static final String UNKNOWN = "unknown";

  private Outlets() {}

  /** Lower-case, trimmed, inner white space collapsed: "Al  Jazeera" and "al jazeera" are one outlet. */
  public static String key(String name) {
    if (name == null || name.isBlank()) {
      return UNKNOWN;
    }
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
