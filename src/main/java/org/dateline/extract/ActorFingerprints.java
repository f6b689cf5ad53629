package org.dateline.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A short hash of what each actor contributes to matching (type, links and aliases with their
 * flags; not the display name or QID, which are looked up at query time), so that an index can
 * record the registry it was built with in a few kilobytes and {@code actors apply} can tell which
 * actors an edit touched.
 *
 * @param byId the hash of each actor, by id
 */
public record ActorFingerprints(Map<String, String> byId) {
  /** Copies the map so the record stays immutable. */
  public ActorFingerprints {
    byId = Map.copyOf(byId);
  }

  /** The fingerprints of every actor in {@code registry}. */
  public static ActorFingerprints of(ActorRegistry registry) {
    Map<String, String> map = new TreeMap<>();
    for (Actor a : registry.actors()) {
      StringBuilder sb = new StringBuilder().append(a.type()).append('\t').append(links(a.partOfLinks())).append('\t')
          .append(links(a.standsForLinks()));
      if (!a.period().equals(Period.ALWAYS)) {
        sb.append('\t').append(a.period());
      }
      for (Alias alias : a.aliases()) {
        sb.append('\t').append(alias.kind()).append(alias.text());
        if (!alias.period().equals(Period.ALWAYS)) {
          sb.append('[').append(alias.period()).append(']');
        }
      }
      map.put(a.id(), hash(sb.toString()));
    }
    return new ActorFingerprints(map);
  }

  /** A link list as the registry writes it: the id alone when it always holds, as before periods existed. */
  private static String links(java.util.List<Actor.Link> links) {
    if (links.isEmpty()) {
      return "null";
    }
    StringBuilder sb = new StringBuilder();
    for (Actor.Link l : links) {
      sb.append(sb.isEmpty() ? "" : "|").append(l.id());
      if (!l.period().equals(Period.ALWAYS)) {
        sb.append('[').append(l.period()).append(']');
      }
    }
    return sb.toString();
  }

  /** Reads {@link #encode()}'s form; null for null or blank text. */
  public static ActorFingerprints parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Map<String, String> map = new TreeMap<>();
    for (String pair : text.split(" ")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        map.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return new ActorFingerprints(map);
  }

  /** {@code id=hash} pairs separated by spaces, in id order. */
  public String encode() {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(byId).forEach((id, h) -> sb.append(sb.isEmpty() ? "" : " ").append(id).append('=').append(h));
    return sb.toString();
  }

  /** The ids added, removed or changed between these fingerprints and {@code newer}, sorted. */
  public Set<String> changedIds(ActorFingerprints newer) {
    Set<String> changed = new TreeSet<>();
    for (Map.Entry<String, String> e : byId.entrySet()) {
      if (!e.getValue().equals(newer.byId.get(e.getKey()))) {
        changed.add(e.getKey());
      }
    }
    for (String id : newer.byId.keySet()) {
      if (!byId.containsKey(id)) {
        changed.add(id);
      }
    }
    return changed;
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
