package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.extract.MatchGuards.LineCase;

/**
 * Finds registry actors in text: a greedy longest match over a trie of alias tokens, then case
 * rules, context guards (no "Moscow" in "Spartak Moscow"), weak aliases and the metonymy reading of
 * {@code stands_for} actors. Built once per registry; {@link #match} is thread-safe.
 *
 * <p>We match on tokens rather than with regular expressions so that "Russian" never matches
 * "Russia" and "Prussia" never matches anything, and so that one pass over the text serves a
 * registry of any size.
 */
public final class ActorMatcher {
  private final ActorTokenizer tokenizer = new ActorTokenizer();
  private final Node root = new Node();
  private final List<Node> rootOnly = List.of(root);
  private final ActorRegistry registry;
  private final List<Conflict> conflicts = new ArrayList<>();

  /**
   * Builds the alias trie of every actor in {@code registry}. Aliases of different actors that
   * only the Russian stemmer makes equal ("Нигерия", "Нигер") are keyed as written instead, so
   * each matches only its own forms.
   */
  public ActorMatcher(ActorRegistry registry) {
    this.registry = registry;
    Map<String, Set<String>> actorsByKey = new HashMap<>();
    for (Actor actor : registry.actors()) {
      for (Alias alias : actor.aliases()) {
        actorsByKey.computeIfAbsent(keyOf(tokenizer.tokens(alias.text()), false), k -> new HashSet<>()).add(actor.id());
      }
    }
    for (Actor actor : registry.actors()) {
      for (Alias alias : actor.aliases()) {
        List<MatchToken> tokens = tokenizer.tokens(alias.text());
        if (tokens.isEmpty()) {
          continue;
        }
        // Only Cyrillic keys are stemmed, so only they can be merged by the stemmer.
        boolean asWritten = actorsByKey.get(keyOf(tokens, false)).size() > 1 && alias.kind() != Alias.Kind.WEAK
            && tokens.stream().allMatch(MatchToken::cyrillic);
        Node node = root;
        for (MatchToken t : tokens) {
          node = node.child(asWritten ? t.exactKey() : t.key(), asWritten);
        }
        Entry entry = Entry.of(actor.id(), alias, tokens);
        for (Entry other : node.entries) {
          if (!other.actorId.equals(actor.id()) && !(other.kind == Alias.Kind.WEAK && alias.kind() == Alias.Kind.WEAK)
              && !(other.kind == Alias.Kind.EXACT && alias.kind() == Alias.Kind.EXACT && !other.alias.equals(alias.text()))) {
            conflicts.add(new Conflict(other.actorId, other.alias, actor.id(), alias.text()));
          }
        }
        node.entries.add(entry);
      }
    }
  }

  private static String keyOf(List<MatchToken> tokens, boolean asWritten) {
    StringBuilder sb = new StringBuilder();
    for (MatchToken t : tokens) {
      sb.append(asWritten ? t.exactKey() : t.key()).append(' ');
    }
    return sb.toString();
  }

  /** Aliases that two actors share: the same lookup key, unless both are weak or exact in different case. */
  public List<Conflict> conflicts() {
    return List.copyOf(conflicts);
  }

  /**
   * Two actors that share an alias.
   *
   * @param firstActor the actor that has the alias first in registry order
   * @param firstAlias its alias
   * @param secondActor the other actor
   * @param secondAlias the other actor's alias with the same lookup key
   */
  public record Conflict(String firstActor, String firstAlias, String secondActor, String secondAlias) {}

  /** The registry this matcher was built from. */
  public ActorRegistry registry() {
    return registry;
  }

  /** Every accepted mention in {@code text}, in text order. */
  public List<Mention> match(String text) {
    return run(text, null);
  }

  /** Every accepted mention and every rejected alias occurrence with its reason. */
  public MatchExplanation explain(String text) {
    List<RejectedMatch> rejected = new ArrayList<>();
    List<Mention> mentions = run(text, rejected);
    return new MatchExplanation(mentions, rejected);
  }

  /** The actor facets of {@code text}: literal, agent, per-type and country views. */
  public ActorFacets facets(String text) {
    return ActorFacets.of(match(text), registry);
  }

  /** The actor facets of a text already split by {@link ActorTokenizer}, as {@link #facets(String)} of its text. */
  public ActorFacets facets(TextTokens tokens) {
    return ActorFacets.of(run(tokens, null), registry);
  }

  /** The distinct actor ids named in {@code text} as written (demonyms excluded), sorted. */
  public Set<String> actorIds(String text) {
    Set<String> ids = new TreeSet<>();
    for (Mention m : match(text)) {
      if (m.reading() != Mention.Reading.DEMONYM) {
        ids.add(m.actorId());
      }
    }
    return ids;
  }

  /** The actor behind an id or any alias (any script, any case), or null. */
  public Actor resolve(String idOrAlias) {
    Actor byId = registry.byId(idOrAlias.trim()).orElse(null);
    if (byId != null) {
      return byId;
    }
    List<MatchToken> tokens = tokenizer.tokens(idOrAlias);
    List<Node> frontier = tokens.isEmpty() ? List.of() : List.of(root);
    for (MatchToken t : tokens) {
      frontier = step(frontier, t);
    }
    Set<String> ids = new HashSet<>();
    for (Node node : frontier) {
      for (Entry e : node.entries) {
        ids.add(e.actorId);
      }
    }
    return ids.size() == 1 ? registry.byId(ids.iterator().next()).orElse(null) : null;
  }

  private List<Mention> run(String text, List<RejectedMatch> rejected) {
    return run(tokenizer.scan(text), rejected);
  }

  private List<Mention> run(TextTokens t, List<RejectedMatch> rejected) {
    String text = t.text();
    LineCase[] cases = MatchGuards.lineCases(t);
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      if (!startsAlias(t, i)) {
        i++; // most tokens: one lookup, nothing built
        continue;
      }
      int end = -1;
      List<Entry> best = List.of();
      List<Node> frontier = rootOnly;
      for (int j = i; j < t.size() && !frontier.isEmpty(); j++) {
        frontier = step(frontier, t, j);
        List<Entry> accepted = List.of();
        for (Node node : frontier) {
          List<Entry> more = accepted(node.entries, t, i, cases[i]);
          if (!more.isEmpty()) {
            accepted = accepted.isEmpty() ? more : concat(accepted, more);
          }
        }
        if (!accepted.isEmpty()) {
          best = accepted;
          end = j;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      boolean afterMatch = !hits.isEmpty() && hits.get(hits.size() - 1).last == i - 1;
      Node next = end + 1 < t.size() && root.children != null ? t.byKey(root.children, end + 1) : null;
      boolean beforeAlias = next != null && !next.entries.isEmpty(); // "Russia Ukraine talks": two names side by side
      String reason = MatchGuards.rejection(text, t, i, end, cases[i], afterMatch, beforeAlias);
      if (reason != null) {
        reject(rejected, best, t.get(i).start(), t.get(end).end(), reason);
        i++;
        continue;
      }
      for (Entry e : best) {
        hits.add(new Hit(e, i, end));
      }
      i = end + 1;
    }
    return read(text, t, hits, rejected);
  }

  /** True when token {@code i} is the first token of some alias, by its stemmed key or as written. */
  private boolean startsAlias(TextTokens t, int i) {
    return root.children != null && t.byKey(root.children, i) != null
        || root.exact != null && t.cyrillic(i) && t.byExactKey(root.exact, i) != null;
  }

  /** Drops unconfirmed weak aliases and decides how each remaining hit is read. */
  private List<Mention> read(String text, List<MatchToken> t, List<Hit> hits, List<RejectedMatch> rejected) {
    Set<String> confirmed = new HashSet<>();
    for (Hit h : hits) {
      if (h.entry.kind == Alias.Kind.NAME || h.entry.kind == Alias.Kind.EXACT) {
        confirmed.add(h.entry.actorId);
      }
    }
    List<Mention> out = new ArrayList<>(hits.size());
    Hit previous = null;
    boolean previousLocative = false;
    for (Hit h : hits) {
      int start = t.get(h.first).start();
      int end = t.get(h.last).end();
      if (h.entry.kind == Alias.Kind.WEAK && !confirmed.contains(h.entry.actorId)) {
        reject(rejected, List.of(h.entry), start, end, "weak alias without a full name of the actor in the text");
        continue;
      }
      if (h.entry.kind == Alias.Kind.DEMONYM) {
        out.add(new Mention(h.entry.actorId, h.entry.kind, start, end, h.entry.alias, Mention.Reading.DEMONYM, null));
        continue;
      }
      boolean locative = MatchGuards.locative(t, h.first) || previousLocative && previous != null
          && MatchGuards.listed(text, t, previous.last, h.first);
      Actor actor = registry.byId(h.entry.actorId).orElseThrow();
      Mention.Reading reading = actor.standsFor() == null ? Mention.Reading.NAME
          : locative ? Mention.Reading.PLACE : Mention.Reading.AGENT;
      String countsFor = reading == Mention.Reading.AGENT ? actor.standsFor() : actor.id();
      out.add(new Mention(actor.id(), h.entry.kind, start, end, h.entry.alias, reading, countsFor));
      previous = h;
      previousLocative = locative;
    }
    return out;
  }

  /** The trie nodes reached from {@code frontier} by one token: by its stemmed key, and as written. */
  private static List<Node> step(List<Node> frontier, MatchToken token) {
    List<Node> next = new ArrayList<>(1);
    String exact = token.cyrillic() ? token.exactKey() : null;
    for (Node node : frontier) {
      Node child = node.children == null ? null : node.children.get(token.key());
      if (child != null) {
        next.add(child);
      }
      child = exact == null || node.exact == null ? null : node.exact.get(exact);
      if (child != null) {
        next.add(child);
      }
    }
    return next;
  }

  /** {@link #step(List, MatchToken)} for token {@code j} of a scanned text, without building the token. */
  private static List<Node> step(List<Node> frontier, TextTokens t, int j) {
    List<Node> next = new ArrayList<>(1);
    for (Node node : frontier) {
      Node child = node.children == null ? null : t.byKey(node.children, j);
      if (child != null) {
        next.add(child);
      }
      child = node.exact == null || !t.cyrillic(j) ? null : t.byExactKey(node.exact, j);
      if (child != null) {
        next.add(child);
      }
    }
    return next;
  }

  private static List<Entry> concat(List<Entry> a, List<Entry> b) {
    List<Entry> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static void reject(List<RejectedMatch> rejected, List<Entry> entries, int start, int end, String reason) {
    if (rejected != null) {
      for (Entry e : entries) {
        rejected.add(new RejectedMatch(e.actorId, start, end, e.alias, reason));
      }
    }
  }

  private static List<Entry> accepted(List<Entry> entries, List<MatchToken> tokens, int from, LineCase lineCase) {
    List<Entry> out = null;
    for (Entry e : entries) {
      if (e.accepts(tokens, from, lineCase)) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(e);
      }
    }
    return out == null ? List.of() : out;
  }

  /**
   * One trie node. Children are keyed by char sequences ({@link TokenKeyMap}) so that a token's key
   * is looked up from the scanned text's key array without a String; children by stemmed key and as
   * written ("Нигерия" kept apart from "Нигер") are two maps, made on first use.
   */
  private static final class Node {
    TokenKeyMap<Node> children;
    TokenKeyMap<Node> exact;
    final List<Entry> entries = new ArrayList<>(1);

    Node child(String key, boolean asWritten) {
      TokenKeyMap<Node> map = asWritten ? exact : children;
      if (map == null) {
        map = new TokenKeyMap<>();
        if (asWritten) {
          exact = map;
        } else {
          children = map;
        }
      }
      Node child = map.get(key);
      if (child == null) {
        child = new Node();
        map.put(key, child);
      }
      return child;
    }
  }

  private record Hit(Entry entry, int first, int last) {}

  /** One alias in the trie with what its case rule needs. */
  private record Entry(String actorId, Alias.Kind kind, String alias, List<String> surfaces, boolean[] capitals,
      boolean shortAcronym) {

    static Entry of(String actorId, Alias alias, List<MatchToken> tokens) {
      boolean[] capitals = new boolean[tokens.size()];
      boolean any = false;
      for (int k = 0; k < tokens.size(); k++) {
        capitals[k] = tokens.get(k).word() && tokens.get(k).capitalised();
        any |= capitals[k];
      }
      capitals[0] |= !any; // an alias written all in lower case still needs a capital in the text
      String letters = alias.text().replaceAll("[^\\p{L}]", "");
      boolean acronym = letters.length() <= 3 && !letters.isEmpty() && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
      return new Entry(actorId, alias.kind(), alias.text(), tokens.stream().map(MatchToken::surface).toList(), capitals,
          acronym);
    }

    /** The case rule: exact aliases match their case, others need capitals where the alias has them. */
    boolean accepts(List<MatchToken> tokens, int from, LineCase lineCase) {
      if (kind == Alias.Kind.EXACT) {
        if (lineCase == LineCase.ALL_CAPS && shortAcronym) {
          return false; // "US" in "LET US KNOW": short acronyms say nothing in an all-caps headline
        }
        for (int k = 0; k < surfaces.size(); k++) {
          String written = tokens.get(from + k).surface();
          boolean same = surfaces.get(k).equals(written)
              || lineCase == LineCase.ALL_CAPS && surfaces.get(k).toUpperCase(java.util.Locale.ROOT).equals(written);
          if (!same) {
            return false;
          }
        }
        return true;
      }
      if (kind == Alias.Kind.DEMONYM && tokens.get(from).cyrillic()) {
        return true; // Russian and Ukrainian write adjectives of countries in lower case ("российский")
      }
      for (int k = 0; k < capitals.length; k++) {
        if (capitals[k] && !tokens.get(from + k).capitalised()) {
          return false; // "Turkey" the country, not "turkey" the bird
        }
      }
      return true;
    }
  }
}
