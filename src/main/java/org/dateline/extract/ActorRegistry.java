package org.dateline.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.config.ConfigException;

/**
 * The curated list of actors, loaded from {@code actors.tsv} and {@code actors.d/*.tsv} in a
 * configuration folder.
 *
 * <p>File format (UTF-8, TAB-separated, {@code #} starts a comment): the first non-comment line
 * is a header naming the columns; {@code id}, {@code type}, {@code name} and {@code aliases} are
 * required, {@code wikidata}, {@code part_of}, {@code stands_for} and {@code period} optional
 * ({@code -} for none). Aliases are separated by {@code |} and may carry a flag: {@code =} exact
 * case, {@code +} demonym, {@code @} weak; an alias, and each {@code part_of} or {@code stands_for}
 * target, may end with a bracketed {@link Period} ({@code =ICC[2002-07-01..]},
 * {@code soviet-union[..1991-12-31]|russia[1992-01-01..]}).
 */
public final class ActorRegistry {
  /** The main registry file inside the configuration folder. */
  public static final String MAIN_FILE = "actors.tsv";
  /** Folder of further registry files, loaded in name order after the main file. */
  public static final String EXTRA_DIR = "actors.d";

  private static final List<String> REQUIRED = List.of("id", "type", "name", "aliases");

  private final Map<String, Actor> byId;
  private final Map<String, String> origins;
  private final String hash;

  private ActorRegistry(Map<String, Actor> byId, Map<String, String> origins, String hash) {
    this.byId = byId;
    this.origins = origins;
    this.hash = hash;
  }

  /** Builds a registry from actors already in memory (tests, tools). */
  public static ActorRegistry of(Collection<Actor> actors) {
    Map<String, Actor> map = new LinkedHashMap<>();
    for (Actor a : actors) {
      map.put(a.id(), a);
    }
    return new ActorRegistry(map, Map.of(), "in-memory");
  }

  /** Loads and checks every registry file in {@code configDir}; the error names file, line and column. */
  public static ActorRegistry load(Path configDir) {
    Path main = configDir.resolve(MAIN_FILE);
    if (!Files.isRegularFile(main)) {
      throw new ConfigException(main + ": actor registry not found");
    }
    List<Path> files = new ArrayList<>();
    files.add(main);
    Path extra = configDir.resolve(EXTRA_DIR);
    if (Files.isDirectory(extra)) {
      try (Stream<Path> s = Files.list(extra)) {
        s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new ConfigException(extra + ": cannot list: " + e.getMessage(), e);
      }
    }
    Map<String, Actor> byId = new LinkedHashMap<>();
    Map<String, String> origins = new LinkedHashMap<>();
    MessageDigest digest = sha256();
    for (Path file : files) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
      }
      digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      digest.update(bytes);
      for (Map.Entry<String, Actor> row : parse(file, new String(bytes, StandardCharsets.UTF_8)).entrySet()) {
        Actor a = row.getValue();
        if (byId.putIfAbsent(a.id(), a) != null) {
          throw new ConfigException(row.getKey() + ": actor id '" + a.id() + "' is defined twice (first at "
              + origins.get(a.id()) + ")");
        }
        origins.put(a.id(), row.getKey());
      }
    }
    ActorRegistry registry = new ActorRegistry(byId, origins, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    List<String> broken = RegistryCheck.brokenLinks(registry);
    if (!broken.isEmpty()) {
      throw new ConfigException(broken.get(0) + (broken.size() > 1 ? " (and " + (broken.size() - 1) + " more; run dateline actors check)" : ""));
    }
    return registry;
  }

  /** The actors of one file, keyed by where each is defined ({@code file:line}), in file order. */
  static Map<String, Actor> parse(Path file, String text) {
    Map<String, Actor> out = new LinkedHashMap<>();
    Map<String, Integer> columns = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + (i + 1);
      String[] cells = line.split("\t", -1);
      if (columns == null) {
        columns = header(where, cells);
        continue;
      }
      if (cells.length != columns.size()) {
        throw new ConfigException(where + ": expected " + columns.size() + " TAB-separated columns, found " + cells.length);
      }
      out.put(where, row(where, columns, cells));
    }
    return out;
  }

  private static Map<String, Integer> header(String where, String[] cells) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int c = 0; c < cells.length; c++) {
      columns.put(cells[c].trim().toLowerCase(Locale.ROOT), c);
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        throw new ConfigException(where + ": header lacks column '" + required + "' (need " + String.join(", ", REQUIRED) + ")");
      }
    }
    return columns;
  }

  private static Actor row(String where, Map<String, Integer> columns, String[] cells) {
    String id = cell(columns, cells, "id");
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new ConfigException(where + ": column 'id': '" + id + "' is not a lower-case slug [a-z0-9-]");
    }
    ActorType type;
    try {
      type = ActorType.valueOf(String.valueOf(cell(columns, cells, "type")));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + ": column 'type': '" + cell(columns, cells, "type") + "' is not one of PERSON, ORG, COUNTRY, PLACE");
    }
    String name = cell(columns, cells, "name");
    if (name == null) {
      throw new ConfigException(where + ": column 'name' is empty");
    }
    List<Alias> aliases = new ArrayList<>();
    String aliasCell = cell(columns, cells, "aliases");
    if (aliasCell != null) {
      for (String a : aliasCell.split("\\|")) {
        Alias alias;
        try {
          alias = Alias.parse(a.trim());
        } catch (IllegalArgumentException e) {
          throw new ConfigException(where + ": column 'aliases': alias '" + a.trim() + "': " + e.getMessage());
        }
        if (alias.text().isEmpty()) {
          throw new ConfigException(where + ": column 'aliases': empty alias in '" + aliasCell + "'");
        }
        aliases.add(alias);
      }
    }
    if (aliases.isEmpty()) {
      throw new ConfigException(where + ": column 'aliases': actor '" + id + "' has no alias");
    }
    return new Actor(id, type, name, cell(columns, cells, "wikidata"), links(where, columns, cells, "part_of"),
        links(where, columns, cells, "stands_for"), aliases, period(where, columns, cells));
  }

  private static List<Actor.Link> links(String where, Map<String, Integer> columns, String[] cells, String column) {
    try {
      return Actor.Link.parseAll(cell(columns, cells, column));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + ": column '" + column + "': " + e.getMessage());
    }
  }

  private static Period period(String where, Map<String, Integer> columns, String[] cells) {
    String text = cell(columns, cells, "period");
    try {
      return text == null ? Period.ALWAYS : Period.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + ": column 'period': " + e.getMessage());
    }
  }

  /** The trimmed cell for a column, or null when the column is absent, empty or {@code -}. */
  private static String cell(Map<String, Integer> columns, String[] cells, String column) {
    Integer c = columns.get(column);
    if (c == null) {
      return null;
    }
    String v = cells[c].trim();
    return v.isEmpty() || v.equals("-") ? null : v;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every actor, in file order. */
  public Collection<Actor> actors() {
    return byId.values();
  }

  /** The actor with this id, if any. */
  public Optional<Actor> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** A short hash of the registry files, stored in the index to detect a changed registry. */
  public String hash() {
    return hash;
  }

  /** Where the actor is defined ({@code file:line}), or null for in-memory registries. */
  public String origin(String id) {
    return origins.get(id);
  }

  /**
   * The country an actor lies in for an undated article: itself for a COUNTRY, else the first
   * COUNTRY up its {@code part_of} chain (Istanbul: turkey), or null (people, and places with no
   * country given).
   */
  public String countryOf(String id) {
    return countryOf(id, null);
  }

  /**
   * The country an actor lies in on {@code date} (null: an undated article, read as the present):
   * the first COUNTRY up the {@code part_of} links valid on that date that is itself valid then. A
   * country out of its period goes on up its own links (Ukraine, or a place in it, in 1987: the
   * Soviet Union); one with no link on that date stands for itself (the Soviet Union in 2022).
   */
  public String countryOf(String id, java.time.LocalDate date) {
    Actor a = byId.get(id);
    for (int depth = 0; a != null && depth <= byId.size(); depth++) {
      if (a.type() == ActorType.PERSON) {
        return null;
      }
      String up = a.partOf(date);
      if (a.type() == ActorType.COUNTRY && (up == null || a.period().contains(date))) {
        return a.id();
      }
      if (up == null) {
        return null;
      }
      a = byId.get(up);
    }
    return null;
  }

  /** The number of actors. */
  public int size() {
    return byId.size();
  }
}
