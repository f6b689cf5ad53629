package org.dateline.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Chooses the reader for a file; the one place where formats are registered. Containers are
 * recognised by name first ({@code .zip}, {@code .tar.gz}/{@code .tgz}, {@code .tar},
 * {@code .warc}/{@code .warc.gz}); a {@code .gz} is read through with the reader of the name
 * without it; other files get the corpus's format, else the one of their extension.
 */
public final class Formats {
  /** The format names a corpus config may give. */
  public static final List<String> NAMES = List.of("text", "jsonl", "json", "csv", "tsv", "sgml", "html", "warc");

  private static final Map<String, String> BY_EXTENSION = new TreeMap<>(Map.ofEntries(
      Map.entry("txt", "text"), Map.entry("jsonl", "jsonl"), Map.entry("ndjson", "jsonl"), Map.entry("json", "json"),
      Map.entry("csv", "csv"), Map.entry("tsv", "tsv"), Map.entry("sgm", "sgml"), Map.entry("sgml", "sgml"),
      Map.entry("html", "html"), Map.entry("htm", "html"), Map.entry("warc", "warc")));

  private Formats() {}

  /** The reader for {@code fileName} under the default settings, or empty when no format claims it. */
  public static Optional<ArticleReader> forFile(String fileName) {
    return forFile(fileName, ReaderSettings.DEFAULT);
  }

  /** The reader for {@code fileName} under a corpus's settings, or empty when no format claims it. */
  public static Optional<ArticleReader> forFile(String fileName, ReaderSettings settings) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".zip")) {
      return Optional.of(new ZipArchiveReader(settings));
    }
    if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz") || lower.endsWith(".tar")) {
      return Optional.of(new TarArchiveReader(settings, !lower.endsWith(".tar")));
    }
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      return Optional.of(new WarcArticleReader());
    }
    if (lower.endsWith(".gz")) {
      return forFile(fileName.substring(0, fileName.length() - 3), settings).map(GzipReader::new);
    }
    int dot = lower.lastIndexOf('.');
    String byExtension = dot < 0 ? null : BY_EXTENSION.get(lower.substring(dot + 1));
    String format = settings.format() != null ? settings.format() : byExtension;
    return format == null ? Optional.empty() : Optional.of(reader(format, settings, lower));
  }

  /** True when {@code fileName} is an archive whose entries are files of their own (zip, tar). */
  public static boolean isArchive(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".zip") || lower.endsWith(".tar") || lower.endsWith(".tar.gz") || lower.endsWith(".tgz")
        || lower.endsWith(".zip.gz");
  }

  /** The file types with a reader, for messages. */
  public static String known() {
    return String.join(", ", BY_EXTENSION.keySet().stream().map(e -> "." + e).toList())
        + ", .zip, .tar, .tar.gz, .tgz, .warc.gz and any of them .gz";
  }

  private static ArticleReader reader(String format, ReaderSettings s, String lowerName) {
    return switch (format) {
      case "text" -> new TextArticleReader();
      case "jsonl" -> new JsonLinesReader(s.mapping());
      case "json" -> new JsonArrayReader(s.mapping());
      case "csv", "tsv" -> new CsvArticleReader(s.mapping(),
          s.delimiter() != null ? s.delimiter() : format.equals("tsv") || lowerName.endsWith(".tsv") ? '\t' : ',');
      case "sgml" -> new ReutersSgmlReader();
      case "html" -> new HtmlArticleReader();
      case "warc" -> new WarcArticleReader();
      default -> throw new IllegalArgumentException("unknown format '" + format + "' (known: " + String.join(", ", NAMES) + ")");
    };
  }
}
