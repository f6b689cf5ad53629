package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds registry actors in text: a greedy longest match over a trie of alias tokens, with case
 * rules and weak aliases. Built once per registry; {@link #match} is thread-safe.
 *
 * <p>We match on tokens rather than with regular expressions so that "Russian" never matches
 * "Russia" and "Prussia" never matches anything, and so that one pass over the text serves a
 * registry of any size.
 */
public final class ActorMatcher {
  private final ActorTokenizer tokenizer = new ActorTokenizer();
  private final Node root = new Node();
  private final Map<String, Actor> actors = new HashMap<>();

  /** Builds the alias trie of every actor in {@code registry}. */
  public ActorMatcher(ActorRegistry registry) {
    for (Actor actor : registry.actors()) {
      actors.put(actor.id(), actor);
      for (Alias alias : actor.aliases()) {
        List<MatchToken> tokens = tokenizer.tokens(alias.text());
        if (tokens.isEmpty()) {
          continue;
        }
        Node node = root;
        for (MatchToken t : tokens) {
          node = node.children.computeIfAbsent(t.key(), k -> new Node());
        }
        node.entries.add(new Entry(actor.id(), alias.kind(), tokens.stream().map(MatchToken::surface).toList()));
      }
    }
  }

  /** Every accepted mention in {@code text}, in text order; weak aliases only where confirmed. */
  public List<Mention> match(String text) {
    List<MatchToken> tokens = tokenizer.tokens(text);
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = -1;
      List<Entry> best = List.of();
      Node node = root;
      for (int j = i; j < tokens.size(); j++) {
        node = node.children.get(tokens.get(j).key());
        if (node == null) {
          break;
        }
        List<Entry> accepted = accepted(node.entries, tokens, i);
        if (!accepted.isEmpty()) {
          best = accepted;
          end = j;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      for (Entry e : best) {
        found.add(new Mention(e.actorId, e.kind, tokens.get(i).start(), tokens.get(end).end()));
      }
      i = end + 1;
    }
    return confirmWeak(found);
  }

  /** The distinct actor ids named in {@code text} (demonyms excluded), sorted. */
  public Set<String> actorIds(String text) {
    Set<String> ids = new TreeSet<>();
    for (Mention m : match(text)) {
      if (m.kind() != Alias.Kind.DEMONYM) {
        ids.add(m.actorId());
      }
    }
    return ids;
  }

  /** The actor behind an id or any alias (any script, any case), or null. */
  public Actor resolve(String idOrAlias) {
    Actor byId = actors.get(idOrAlias.trim());
    if (byId != null) {
      return byId;
    }
    List<MatchToken> tokens = tokenizer.tokens(idOrAlias);
    Node node = root;
    for (MatchToken t : tokens) {
      node = node == null ? null : node.children.get(t.key());
    }
    if (node == null || tokens.isEmpty()) {
      return null;
    }
    Set<String> ids = new HashSet<>();
    for (Entry e : node.entries) {
      ids.add(e.actorId);
    }
    return ids.size() == 1 ? actors.get(ids.iterator().next()) : null;
  }

  private static List<Entry> accepted(List<Entry> entries, List<MatchToken> tokens, int from) {
    List<Entry> out = null;
    for (Entry e : entries) {
      if (accepts(e, tokens, from)) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(e);
      }
    }
    return out == null ? List.of() : out;
  }

  private static boolean accepts(Entry e, List<MatchToken> tokens, int from) {
    if (e.kind == Alias.Kind.EXACT) {
      for (int k = 0; k < e.surfaces.size(); k++) {
        if (!e.surfaces.get(k).equals(tokens.get(from + k).surface())) {
          return false;
        }
      }
      return true;
    }
    // A name needs a capital letter in the text: "Turkey" the country, not "turkey" the bird.
    return tokens.get(from).capitalised();
  }

  /** Drops weak mentions of actors that have no full-name mention in the same text. */
  private static List<Mention> confirmWeak(List<Mention> found) {
    Set<String> confirmed = new HashSet<>();
    boolean anyWeak = false;
    for (Mention m : found) {
      if (m.kind() == Alias.Kind.NAME || m.kind() == Alias.Kind.EXACT) {
        confirmed.add(m.actorId());
      }
      anyWeak |= m.kind() == Alias.Kind.WEAK;
    }
    if (!anyWeak) {
      return found;
    }
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      if (m.kind() != Alias.Kind.WEAK || confirmed.contains(m.actorId())) {
        out.add(m);
      }
    }
    return out;
  }

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    final List<Entry> entries = new ArrayList<>(1);
  }

  private record Entry(String actorId, Alias.Kind kind, List<String> surfaces) {}
}
