package org.dateline.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, named as the CLI's options ({@code from}, {@code actor},
 * {@code facet}, ...), repeated where the CLI repeats an option. Every accessor turns a bad value
 * into a 400 that names the parameter.
 */
public final class Params {
  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  /** Parses a raw (still percent-encoded) query string; null or empty gives no parameters. */
  public static Params parse(String rawQuery) throws HttpFailure {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq), null);
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    return new Params(values);
  }

  private static String decode(String s, String parameter) throws HttpFailure {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpFailure.badParameter(parameter, "bad percent-encoding in the query string: " + e.getMessage());
    }
  }

  /** Refuses (400) any parameter not in {@code known}, so a misspelt name is not silently ignored. */
  public Params allowOnly(Set<String> known) throws HttpFailure {
    for (String name : values.keySet()) {
      if (!known.contains(name)) {
        throw HttpFailure.badParameter(name, "unknown parameter '" + name + "' (known: " + String.join(", ", new TreeSet<>(known)) + ")");
      }
    }
    return this;
  }

  /** The names given. */
  public Set<String> names() {
    return values.keySet();
  }

  /** Whether {@code name} was given. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** Every value of a repeatable parameter, in order; empty values are dropped. */
  public List<String> all(String name) {
    return values.getOrDefault(name, List.of()).stream().filter(v -> !v.isEmpty()).toList();
  }

  /** The single value of {@code name}, or null when absent or empty; 400 when given twice. */
  public String one(String name) throws HttpFailure {
    List<String> v = values.get(name);
    if (v == null) {
      return null;
    }
    if (v.size() > 1) {
      throw HttpFailure.badParameter(name, "parameter '" + name + "' is given " + v.size() + " times; it takes one value");
    }
    return v.get(0).isEmpty() ? null : v.get(0);
  }

  /** {@code name} as a string, or {@code fallback}. */
  public String string(String name, String fallback) throws HttpFailure {
    String v = one(name);
    return v == null ? fallback : v;
  }

  /** {@code name} as a whole number in {@code [min, max]}, or {@code fallback} when absent. */
  public int integer(String name, int fallback, int min, int max) throws HttpFailure {
    String v = one(name);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw HttpFailure.badParameter(name, name + " must be a whole number, not '" + v + "'");
    }
    if (n < min || n > max) {
      throw HttpFailure.badParameter(name, name + " must be between " + min + " and " + max + ", not " + n);
    }
    return n;
  }

  /** {@code name} as a positive number of seconds no larger than {@code max}, or {@code fallback}. */
  public double seconds(String name, double fallback, double max) throws HttpFailure {
    String v = one(name);
    if (v == null) {
      return fallback;
    }
    double d;
    try {
      d = Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      d = Double.NaN;
    }
    if (!(d > 0) || d > max) {
      throw HttpFailure.badParameter(name, name + " must be a number of seconds above 0 and at most " + max + ", not '" + v + "'");
    }
    return d;
  }

  /** A switch: absent is false; empty, {@code true}, {@code 1}, {@code yes} are true; {@code false}, {@code 0}, {@code no} false. */
  public boolean flag(String name) throws HttpFailure {
    List<String> v = values.get(name);
    if (v == null) {
      return false;
    }
    String s = one(name);
    if (s == null) {
      return true;
    }
    return switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw HttpFailure.badParameter(name, name + " must be true or false, not '" + s + "'");
    };
  }

  /** {@code name} as a {@code YYYY-MM-DD} day, or null. */
  public LocalDate date(String name) throws HttpFailure {
    String v = one(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.trim());
    } catch (DateTimeParseException e) {
      throw HttpFailure.badParameter(name, name + " must be a day as YYYY-MM-DD, not '" + v + "'");
    }
  }
}
