package org.dateline.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.search.ArticleFilter;
import org.dateline.search.DefaultOperator;
import org.dateline.search.QueryMode;
import org.dateline.search.QuerySyntax;
import org.dateline.search.SortOrder;

/** Writes and reads manifests as JSON with the documented field names (see the README's Export section). */
public final class ManifestJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private ManifestJson() {}

  /** Writes {@code m} to {@code out}, pretty-printed, UTF-8, and closes it (the server sends the same bytes). */
  public static void write(Manifest m, OutputStream out) throws IOException {
    try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        JsonGenerator g = FACTORY.createGenerator(w).useDefaultPrettyPrinter()) {
      ExportRequest r = m.request();
      g.writeStartObject();
      g.writeNumberField("manifest_version", Manifest.FORMAT_VERSION);
      g.writeStringField("dateline_version", m.datelineVersion());
      g.writeStringField("created", m.created());
      g.writeStringField("file", m.file());
      g.writeStringField("format", r.format().id());
      strings(g, "fields", r.fields().stream().map(ExportField::column).toList());
      g.writeStringField("sort", r.sortName());
      g.writeStringField("query", r.filter().query());
      g.writeStringField("from", r.filter().from() == null ? null : r.filter().from().toString());
      g.writeStringField("to", r.filter().to() == null ? null : r.filter().to().toString());
      strings(g, "actors", r.filter().actors());
      strings(g, "outlets", r.filter().outlets());
      strings(g, "langs", r.filter().langs());
      strings(g, "corpora", r.filter().corpora());
      g.writeStringField("syntax", r.filter().mode().syntax().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("default_operator", r.filter().mode().operator().name());
      g.writeObjectFieldStart("index");
      g.writeStringField("path", m.indexPath());
      g.writeNumberField("generation", m.index().generation());
      g.writeNumberField("articles", m.index().articles());
      g.writeStringField("registry_hash", m.index().registryHash());
      g.writeEndObject();
      g.writeStringField("registry_hash", m.registryHash());
      g.writeNumberField("rows", m.rows());
      g.writeStringField("sha256", m.sha256());
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** Reads the manifest in {@code file}; a {@link ManifestException} naming the file when it is not one. */
  public static Manifest read(Path file) throws IOException, ManifestException {
    Map<String, Object> root;
    try (JsonParser p = FACTORY.createParser(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new ManifestException(file + ": not a manifest (expected a JSON object)");
      }
      root = object(p);
    } catch (JsonProcessingException e) {
      throw new ManifestException(file + " line " + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage());
    }
    Fields f = new Fields(file, root);
    try {
      // langs, corpora, syntax and default_operator came with Dateline 0.1's issue 16; a manifest
      // written before them was run with none of the first two and the defaults of the others.
      QueryMode mode = new QueryMode(
          QuerySyntax.valueOf(f.optionalString("syntax", "auto").toUpperCase(java.util.Locale.ROOT)),
          DefaultOperator.valueOf(f.optionalString("default_operator", "AND").toUpperCase(java.util.Locale.ROOT)));
      ArticleFilter filter = new ArticleFilter(f.string("query", true), date(f.string("from", true)),
          date(f.string("to", true)), f.strings("actors"), f.strings("outlets"), f.optionalStrings("langs"),
          f.optionalStrings("corpora"), mode);
      ExportRequest request = new ExportRequest(filter, SortOrder.parse(f.string("sort", false)),
          ExportField.parseList(String.join(",", f.strings("fields"))), ExportFormat.parse(f.string("format", false)));
      Fields index = new Fields(file, f.object("index"));
      IndexState state = new IndexState(index.number("generation"), index.number("articles"),
          index.string("registry_hash", true));
      return new Manifest(f.string("dateline_version", false), f.string("created", false), f.string("file", false),
          request, index.string("path", false), state, f.string("registry_hash", true), f.number("rows"),
          f.string("sha256", false));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new ManifestException(file + ": " + e.getMessage());
    }
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  /** Reads the members of the object whose START_OBJECT was just read. */
  private static Map<String, Object> object(JsonParser p) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      m.put(name, value(p, p.nextToken()));
    }
    return m;
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case START_OBJECT -> object(p);
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          list.add(value(p, e));
        }
        yield list;
      }
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT -> p.getLongValue();
      case VALUE_NULL -> null;
      default -> p.getText();
    };
  }

  /** Typed access to a JSON object's members, with errors naming the file and member. */
  private record Fields(Path file, Map<String, Object> m) {
    Object get(String name, boolean nullable, Class<?> type) throws ManifestException {
      if (!m.containsKey(name)) {
        throw new ManifestException(file + ": field '" + name + "' is missing");
      }
      Object v = m.get(name);
      if (v == null ? !nullable : !type.isInstance(v)) {
        throw new ManifestException(file + ": field '" + name + "' must be " + (nullable ? "null or " : "")
            + (type == String.class ? "a string" : type == Long.class ? "an integer" : type == List.class ? "an array" : "an object"));
      }
      return v;
    }

    String string(String name, boolean nullable) throws ManifestException {
      return (String) get(name, nullable, String.class);
    }

    String optionalString(String name, String absent) throws ManifestException {
      return m.containsKey(name) ? string(name, false) : absent;
    }

    List<String> optionalStrings(String name) throws ManifestException {
      return m.containsKey(name) ? strings(name) : List.of();
    }

    long number(String name) throws ManifestException {
      return (Long) get(name, false, Long.class);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String name) throws ManifestException {
      return (Map<String, Object>) get(name, false, Map.class);
    }

    List<String> strings(String name) throws ManifestException {
      List<String> out = new ArrayList<>();
      for (Object o : (List<?>) get(name, false, List.class)) {
        if (!(o instanceof String s)) {
          throw new ManifestException(file + ": field '" + name + "' must be an array of strings");
        }
        out.add(s);
      }
      return out;
    }
  }
}
