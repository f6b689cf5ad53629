package org.dateline.extract;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.config.ConfigException;

/**
 * The curated outlets of {@code index-config/outlets.tsv}: one id per outlet however a source
 * spells it, so that {@code www.faz.net}, {@code faz.net} and {@code FAZ} are one outlet. Names are
 * matched case-insensitively with white space collapsed; URLs and host names by host, without
 * {@code www.} and then without further leading labels ({@code en.news-front.info} is
 * {@code news-front.info}). Unknown outlets keep a normalised key of their own.
 */
public final class OutletRegistry {
  /** The registry file inside the configuration folder. */
  public static final String FILE = "outlets.tsv";
  private static final List<String> COLUMNS = List.of("id", "name", "country", "kind", "aliases");

  /** One curated outlet. */
  public record Outlet(String id, String name, String country, String kind) {}

  /** What a name resolved to: the outlet id (or the normalised key) and whether it is curated. */
  public record Resolution(String id, boolean known) {}

  private final Map<String, Outlet> byId;
  private final Map<String, String> byAlias;
  private final String hash;

  private OutletRegistry(Map<String, Outlet> byId, Map<String, String> byAlias, String hash) {
    this.byId = Map.copyOf(byId);
    this.byAlias = Map.copyOf(byAlias);
    this.hash = hash;
  }

  /** A registry that knows no outlet: every name keeps its normalised key. */
  public static OutletRegistry empty() {
    return new OutletRegistry(Map.of(), Map.of(), "none");
  }

  /** Loads {@code outlets.tsv} from {@code configDir}; an absent file gives the empty registry. */
  public static OutletRegistry load(Path configDir) {
    Path file = configDir.resolve(FILE);
    if (!Files.exists(file)) {
      return empty();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
    Map<String, Outlet> byId = new HashMap<>();
    Map<String, String> byAlias = new HashMap<>();
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String where = file + ":" + (i + 1);
      if (header) {
        if (!List.of(cols).equals(COLUMNS)) {
          throw new ConfigException(where + ": header must be " + String.join("<TAB>", COLUMNS));
        }
        header = false;
        continue;
      }
      if (cols.length != COLUMNS.size()) {
        throw new ConfigException(where + ": expected " + COLUMNS.size() + " TAB-separated columns, found " + cols.length);
      }
      String id = cols[0].strip();
      if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
        throw new ConfigException(where + ": column id: '" + id + "' must be lower-case a-z 0-9 . -");
      }
      if (byId.put(id, new Outlet(id, cols[1].strip(), dash(cols[2]), dash(cols[3]))) != null) {
        throw new ConfigException(where + ": column id: '" + id + "' is defined twice");
      }
      alias(byAlias, id, id, where);
      alias(byAlias, cols[1], id, where);
      for (String a : cols[4].split("\\|")) {
        if (!a.isBlank()) {
          alias(byAlias, a, id, where);
        }
      }
    }
    return new OutletRegistry(byId, byAlias, sha(String.join("\n", lines)));
  }

  private static void alias(Map<String, String> byAlias, String alias, String id, String where) {
    String key = normalise(alias);
    String before = byAlias.putIfAbsent(key, id);
    if (before != null && !before.equals(id)) {
      throw new ConfigException(where + ": column aliases: '" + alias.strip() + "' already names outlet '" + before + "'");
    }
  }

  /** The outlet id for a name, URL or host as a source writes it. */
  public Resolution resolve(String name) {
    String key = normalise(name);
    String id = byAlias.get(key);
    if (id == null && key.indexOf(' ') < 0) {
      for (String h = key; id == null && h.indexOf('.') > 0 && h.indexOf('.') < h.lastIndexOf('.'); ) {
        h = h.substring(h.indexOf('.') + 1);
        id = byAlias.get(h);
      }
    }
    return id == null ? new Resolution(key, false) : new Resolution(id, true);
  }

  /** The curated outlet with {@code id}. */
  public Optional<Outlet> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** How many outlets are curated. */
  public int size() {
    return byId.size();
  }

  /** A hash of the file, so re-indexing can tell when normalisation changed. */
  public String hash() {
    return hash;
  }

  /**
   * The key of a name: lower case, white space collapsed; a URL or host name reduced to its host
   * without {@code www.} ({@code https://www.RT.com/news} is {@code rt.com}).
   */
  public static String normalise(String name) {
    String n = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (n.startsWith("http://") || n.startsWith("https://")) {
      try {
        String host = URI.create(n).getHost();
        if (host != null) {
          n = host;
        }
      } catch (IllegalArgumentException e) {
        // not a URL after all: keep the name
      }
    } else if (n.indexOf(' ') < 0 && n.indexOf('/') > 0 && n.substring(0, n.indexOf('/')).contains(".")) {
      n = n.substring(0, n.indexOf('/'));
    }
    return n.startsWith("www.") ? n.substring(4) : n;
  }

  private static String dash(String s) {
    return s.isBlank() || s.strip().equals("-") ? null : s.strip();
  }

  private static String sha(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
