package org.dateline.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a small YAML file into maps, lists and strings with the line of every key, so that a
 * config error can name the file, line and key. Streaming (jackson-core), no object binding.
 */
final class YamlTree {
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  /** The root mapping, and the line of each key by its dotted path ({@code dates.zone}). */
  record Tree(Map<String, Object> root, Map<String, Integer> lines) {}

  private YamlTree() {}

  /** Parses {@code file}; a {@link ConfigException} names the file and line of a syntax error. */
  static Tree read(Path file) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(file.toFile())) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Tree(Map.of(), lines);
      }
      if (t != JsonToken.START_OBJECT) {
        throw new ConfigException(file + ":1: expected a mapping of keys to values");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> root = (Map<String, Object>) value(p, "", lines);
      return new Tree(root, lines);
    } catch (JacksonException e) {
      String msg = e.getOriginalMessage();
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ConfigException(file + ":" + line + ": not valid YAML: " + (msg.contains("\n") ? msg.substring(0, msg.indexOf('\n')) : msg));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static Object value(JsonParser p, String path, Map<String, Integer> lines) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
        String key = p.currentName();
        String child = path.isEmpty() ? key : path + "." + key;
        lines.put(child, p.currentLocation().getLineNr());
        p.nextToken();
        map.put(key, value(p, child, lines));
      }
      return map;
    }
    if (t == JsonToken.START_ARRAY) {
      List<Object> list = new ArrayList<>();
      for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
        list.add(value(p, path, lines));
      }
      return list;
    }
    return t == JsonToken.VALUE_NULL ? null : p.getText();
  }
}
