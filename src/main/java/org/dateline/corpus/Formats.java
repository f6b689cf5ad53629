package org.dateline.corpus;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Chooses the reader for a file by its extension; the one place where formats are registered. */
public final class Formats {
  private static final Map<String, ArticleReader> BY_EXTENSION = Map.of("txt", new TextArticleReader());

  private Formats() {}

  /** The reader for {@code fileName}, or empty when no format claims its extension. */
  public static Optional<ArticleReader> forFile(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /** The extensions with a reader, for messages. */
  public static String known() {
    return String.join(", ", BY_EXTENSION.keySet().stream().sorted().map(e -> "." + e).toList());
  }
}
