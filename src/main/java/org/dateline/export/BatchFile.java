package org.dateline.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.extract.DateParser;
import org.dateline.search.ArticleFilter;

/**
 * A file of labelled queries: YAML ({@code .yaml}, {@code .yml}: a list of mappings) or CSV (a
 * header line, then one query per line). Keys: {@code label} (required, unique), {@code query},
 * {@code from}, {@code to}, {@code actors}, {@code outlets}. A bad entry becomes a {@link
 * BatchError} naming its line; the good entries are kept.
 *
 * @param queries the entries that were read
 * @param errors the entries that were not, in file order
 */
public record BatchFile(List<BatchQuery> queries, List<BatchError> errors) {
  /** The keys an entry may have, and the CSV header's columns. */
  public static final List<String> KEYS = List.of("label", "query", "from", "to", "actors", "outlets");
  private static final JsonFactory YAML = YAMLFactory.builder().build();

  /** Copies the lists so the record stays immutable. */
  public BatchFile {
    queries = List.copyOf(queries);
    errors = List.copyOf(errors);
  }

  /** Reads {@code file}; what cannot be read at all (not a list, unknown extension) is one error at its line. */
  public static BatchFile read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    Reading r = new Reading(file);
    if (name.endsWith(".csv")) {
      readCsv(file, r);
    } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      readYaml(file, r);
    } else {
      throw new IllegalArgumentException(file + ": a batch file must end in .yaml, .yml or .csv");
    }
    return new BatchFile(r.queries, r.errors);
  }

  private static void readYaml(Path file, Reading r) throws IOException {
    try (JsonParser p = YAML.createParser(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return;
      }
      if (t != JsonToken.START_ARRAY) {
        r.error(p.currentLocation().getLineNr(), "expected a list of queries (lines starting with '- label: ...')");
        return;
      }
      for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        int line = p.currentLocation().getLineNr();
        if (t != JsonToken.START_OBJECT) {
          r.error(line, "expected a mapping of label, query, from, to, actors, outlets");
          p.skipChildren();
          continue;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonToken v = p.nextToken();
          if (v == JsonToken.START_ARRAY) {
            List<String> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              list.add(p.getText());
            }
            entry.put(key, list);
          } else if (v == JsonToken.START_OBJECT) {
            p.skipChildren();
            entry.put(key, Map.of());
          } else {
            entry.put(key, v == JsonToken.VALUE_NULL ? null : p.getText());
          }
        }
        r.entry(line, entry);
      }
    } catch (JsonProcessingException e) {
      r.error(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), "not valid YAML: " + e.getOriginalMessage());
    }
  }

  private static void readCsv(Path file, Reading r) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> header = null;
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells;
        try {
          cells = CsvLine.split(line);
        } catch (IllegalArgumentException e) {
          r.error(lineNo, e.getMessage());
          continue;
        }
        if (header == null) {
          header = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
          if (!header.contains("label")) {
            r.error(lineNo, "the header line must name the columns, among them 'label' (columns: " + String.join(",", KEYS) + ")");
            return;
          }
          continue;
        }
        if (cells.size() != header.size()) {
          r.error(lineNo, "expected " + header.size() + " cells as in the header, found " + cells.size());
          continue;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          String v = cells.get(i).strip();
          boolean list = header.get(i).equals("actors") || header.get(i).equals("outlets");
          entry.put(header.get(i), v.isEmpty() ? null : list ? List.of(v.split("\\|")) : v);
        }
        r.entry(lineNo, entry);
      }
    }
  }

  /** The entries and errors read so far, and the checks every entry goes through whatever the format. */
  private static final class Reading {
    final Path file;
    final List<BatchQuery> queries = new ArrayList<>();
    final List<BatchError> errors = new ArrayList<>();
    final Set<String> labels = new HashSet<>();

    Reading(Path file) {
      this.file = file;
    }

    void error(int line, String reason) {
      errors.add(new BatchError(file, line, reason));
    }

    void entry(int line, Map<String, Object> e) {
      for (String key : e.keySet()) {
        if (!KEYS.contains(key)) {
          error(line, "unknown key '" + key + "' (keys: " + String.join(", ", KEYS) + ")");
          return;
        }
      }
      try {
        String label = text(e, "label");
        if (label == null || label.isBlank()) {
          throw new IllegalArgumentException("'label' is missing");
        }
        if (!labels.add(label)) {
          throw new IllegalArgumentException("label '" + label + "' is used twice");
        }
        LocalDate from = date(e, "from");
        LocalDate to = date(e, "to");
        if (from != null && to != null && from.isAfter(to)) {
          throw new IllegalArgumentException("'from' " + from + " is after 'to' " + to);
        }
        queries.add(new BatchQuery(label, new ArticleFilter(text(e, "query"), from, to, list(e, "actors"), list(e, "outlets")), line));
      } catch (IllegalArgumentException ex) {
        error(line, ex.getMessage());
      }
    }

    private static String text(Map<String, Object> e, String key) {
      Object v = e.get(key);
      if (v != null && !(v instanceof String)) {
        throw new IllegalArgumentException("'" + key + "' must be a single value");
      }
      return (String) v;
    }

    private static LocalDate date(Map<String, Object> e, String key) {
      String s = text(e, key);
      if (s == null) {
        return null;
      }
      return DateParser.parse(s).filter(d -> s.length() == 10)
          .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not a valid date: '" + s + "' (expected YYYY-MM-DD)"));
    }

    private static List<String> list(Map<String, Object> e, String key) {
      Object v = e.get(key);
      return v == null ? List.of() : v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of((String) v);
    }
  }
}
