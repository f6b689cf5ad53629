package org.dateline.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.corpus.FieldMapping;
import org.dateline.corpus.Formats;
import org.dateline.corpus.ReaderSettings;
import org.dateline.extract.DateRules;

/**
 * Loads and validates the corpus configs in {@code index-config/corpora/*.yaml}. Every error names
 * the file, the line and the key, e.g. {@code corpora/ruwa.yaml:4: key format: 'xls' is not a
 * format (known: text, jsonl, ...)}; unknown keys are errors too, so a typo never goes unnoticed.
 */
public final class CorpusConfigs {
  /** The folder of corpus configs inside the configuration folder. */
  public static final String FOLDER = "corpora";

  private static final Set<String> KEYS = Set.of("description", "origin", "path", "format", "delimiter", "fields",
      "separator", "outlet", "lang", "dates", "expect");
  private static final Set<String> FIELD_KEYS = Set.of("id", "title", "body", "date", "url", "outlet", "lang", "tags");
  private static final Set<String> TAG_KEYS = Set.of("places", "people", "orgs");
  private static final Set<String> DATE_KEYS = Set.of("from", "patterns", "locale", "zone", "reference");

  private CorpusConfigs() {}

  /** Every corpus config in {@code configDir/corpora}, by name; empty when the folder is absent. */
  public static Map<String, CorpusConfig> load(Path configDir) {
    Path dir = configDir.resolve(FOLDER);
    Map<String, CorpusConfig> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.yaml")) {
      for (Path f : ds) {
        CorpusConfig c = parse(f);
        out.put(c.name(), c);
      }
    } catch (IOException e) {
      throw new ConfigException(dir + ": cannot read: " + e.getMessage(), e);
    }
    return out;
  }

  /** The config named {@code name}; a {@link ConfigException} listing the known ones when there is none. */
  public static CorpusConfig get(Path configDir, String name) {
    Map<String, CorpusConfig> all = load(configDir);
    CorpusConfig c = all.get(name);
    if (c == null) {
      throw new ConfigException("no corpus config '" + name + "' in " + configDir.resolve(FOLDER)
          + (all.isEmpty() ? "" : " (known: " + String.join(", ", all.keySet()) + ")"));
    }
    return c;
  }

  /** Parses and validates one config file. */
  public static CorpusConfig parse(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
    YamlTree.Tree tree = YamlTree.read(file);
    Checker c = new Checker(file, tree.lines());
    Map<String, Object> root = tree.root();
    c.keys(root, "", KEYS);
    if (!name.matches("[a-z0-9][a-z0-9._-]*")) {
      throw new ConfigException(file + ": the file name must be a corpus name (lower-case a-z 0-9 . _ -)");
    }
    List<String> paths = c.strings(root, "path");
    if (paths.isEmpty()) {
      throw c.error("path", "is required: the corpus's files or folders, relative to the corpus root");
    }
    String format = c.string(root, "format");
    if (format != null && !Formats.NAMES.contains(format)) {
      throw c.error("format", "'" + format + "' is not a format (known: " + String.join(", ", Formats.NAMES) + ")");
    }
    String delimiter = c.string(root, "delimiter");
    if (delimiter != null && delimiter.replace("\\t", "\t").length() != 1) {
      throw c.error("delimiter", "must be one character (\\t for TAB)");
    }
    FieldMapping mapping = mapping(c, c.map(root, "fields"), c.string(root, "separator"));
    ReaderSettings reader = new ReaderSettings(format, mapping, delimiter == null ? null : delimiter.replace("\\t", "\t").charAt(0));
    return new CorpusConfig(name, file, c.string(root, "description"), c.string(root, "origin"), paths, reader,
        c.string(root, "outlet"), c.string(root, "lang"), dates(c, c.map(root, "dates")), expected(c, c.map(root, "expect")));
  }

  private static FieldMapping mapping(Checker c, Map<String, Object> fields, String separator) {
    if (fields == null) {
      return separator == null ? FieldMapping.DEFAULT : new FieldMapping(FieldMapping.DEFAULT.id(), FieldMapping.DEFAULT.title(),
          FieldMapping.DEFAULT.body(), FieldMapping.DEFAULT.date(), FieldMapping.DEFAULT.url(), FieldMapping.DEFAULT.outlet(),
          FieldMapping.DEFAULT.lang(), Map.of(), separator, false);
    }
    c.keys(fields, "fields", FIELD_KEYS);
    Map<String, Object> tagMap = c.map(fields, "fields.tags");
    Map<String, List<String>> tags = new LinkedHashMap<>();
    if (tagMap != null) {
      c.keys(tagMap, "fields.tags", TAG_KEYS);
      tagMap.keySet().forEach(k -> tags.put(k, c.strings(tagMap, "fields.tags." + k)));
    }
    if (!fields.containsKey("body") && !fields.containsKey("title")) {
      throw c.error("fields", "must name a body or title field");
    }
    return new FieldMapping(c.strings(fields, "fields.id"), c.strings(fields, "fields.title"), c.strings(fields, "fields.body"),
        c.strings(fields, "fields.date"), c.strings(fields, "fields.url"), c.strings(fields, "fields.outlet"),
        c.strings(fields, "fields.lang"), tags, separator, true);
  }

  private static DateRules dates(Checker c, Map<String, Object> dates) {
    if (dates == null) {
      return DateRules.DEFAULT;
    }
    c.keys(dates, "dates", DATE_KEYS);
    List<String> order = dates.containsKey("from") ? c.strings(dates, "dates.from") : DateRules.SOURCES;
    for (String s : order) {
      if (!DateRules.SOURCES.contains(s)) {
        throw c.error("dates.from", "'" + s + "' is not a date source (known: " + String.join(", ", DateRules.SOURCES) + ")");
      }
    }
    String localeTag = c.string(dates, "dates.locale");
    Locale locale = localeTag == null ? Locale.ENGLISH : Locale.forLanguageTag(localeTag);
    List<String> patterns = c.strings(dates, "dates.patterns");
    for (String p : patterns) {
      try {
        DateTimeFormatter.ofPattern(p, locale);
      } catch (IllegalArgumentException e) {
        throw c.error("dates.patterns", "'" + p + "' is not a date pattern: " + e.getMessage());
      }
    }
    ZoneId zone;
    try {
      String z = c.string(dates, "dates.zone");
      zone = z == null ? java.time.ZoneOffset.UTC : ZoneId.of(z);
    } catch (DateTimeException e) {
      throw c.error("dates.zone", "not a time zone: " + e.getMessage());
    }
    LocalDate reference = null;
    String ref = c.string(dates, "dates.reference");
    if (ref != null) {
      try {
        reference = LocalDate.parse(ref);
      } catch (DateTimeException e) {
        throw c.error("dates.reference", "'" + ref + "' is not a day (YYYY-MM-DD)");
      }
    }
    return new DateRules(order, patterns, locale, zone, reference);
  }

  private static Long expected(Checker c, Map<String, Object> expect) {
    if (expect == null) {
      return null;
    }
    c.keys(expect, "expect", Set.of("articles"));
    String n = c.string(expect, "expect.articles");
    try {
      return n == null ? null : Long.parseLong(n.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw c.error("expect.articles", "'" + n + "' is not a number");
    }
  }

  /** Type checks that name the file, line and key. */
  private record Checker(Path file, Map<String, Integer> lines) {
    ConfigException error(String key, String message) {
      Integer line = lines.get(key);
      return new ConfigException(file + (line == null ? "" : ":" + line) + ": key " + key + ": " + message);
    }

    void keys(Map<String, Object> map, String prefix, Set<String> allowed) {
      for (String k : map.keySet()) {
        if (!allowed.contains(k)) {
          String key = prefix.isEmpty() ? k : prefix + "." + k;
          throw error(key, "unknown key (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
      }
    }

    String string(Map<String, Object> map, String key) {
      Object v = map.get(leaf(key));
      if (v == null || v instanceof String) {
        return (String) v;
      }
      throw error(key, "must be a single value");
    }

    List<String> strings(Map<String, Object> map, String key) {
      Object v = map.get(leaf(key));
      if (v == null) {
        return List.of();
      }
      if (v instanceof String s) {
        return List.of(s);
      }
      if (v instanceof List<?> l && l.stream().allMatch(String.class::isInstance)) {
        return l.stream().map(String.class::cast).toList();
      }
      throw error(key, "must be a value or a list of values");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(Map<String, Object> map, String key) {
      Object v = map.get(leaf(key));
      if (v == null || v instanceof Map) {
        return (Map<String, Object>) v;
      }
      throw error(key, "must be a mapping of keys to values");
    }

    private static String leaf(String key) {
      return key.substring(key.lastIndexOf('.') + 1);
    }
  }

  /** The names of the configs, for messages. */
  public static List<String> names(Path configDir) {
    return new ArrayList<>(load(configDir).keySet());
  }
}
