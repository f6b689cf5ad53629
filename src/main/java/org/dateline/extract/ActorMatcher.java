package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.time.LocalDate;
import org.dateline.extract.MatchGuards.LineCase;

/**
 * Finds registry actors in text: a greedy longest match over a trie of alias tokens, then case
 * rules, context guards (no "Moscow" in "Spartak Moscow"), the article's date (periods of actors,
 * aliases and links), weak and short aliases, datelines ("BIRMINGHAM, Ala.") and the metonymy
 * reading of {@code stands_for} actors. Built once per registry; {@link #match} is thread-safe.
 *
 * <p>The date decides three things. An alias with a period counts only on its dates. A short
 * alias (a person's one-word name, an organisation's or state's {@code =} alias such as {@code
 * =ICC}) counts only when the date lies in its actor's period or a full alias of that actor occurs
 * in the same text ("Stoltenberg" in 1987 is Gerhard, in 2020 Jens). {@code part_of} and {@code
 * stands_for} follow the link valid on the date (Moscow: the Soviet Union in 1987). Undated texts
 * are read as of the present: a period counts for them when it has no end.
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
    Set<String> firstNames = new HashSet<>();
    for (String name : MatchGuards.FIRST_NAMES) {
      firstNames.add(keyOf(tokenizer.tokens(name), false));
    }
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
        // A Cyrillic place or organisation whose stem is a first name ("Александрия", "Александр")
        // is matched as written too, so that the name never reads as the place.
        boolean cyrillic = tokens.stream().allMatch(MatchToken::cyrillic);
        boolean asWritten = cyrillic && (actorsByKey.get(keyOf(tokens, false)).size() > 1 && alias.kind() != Alias.Kind.WEAK
            || actor.type() != ActorType.PERSON && tokens.size() == 1 && firstNames.contains(keyOf(tokens, false))
            && !MatchGuards.FIRST_NAMES.contains(alias.text()));
        Node node = root;
        for (MatchToken t : tokens) {
          node = node.child(asWritten ? t.exactKey() : t.key(), asWritten);
        }
        Entry entry = Entry.of(actor, alias, tokens);
        for (Entry other : node.entries) {
          if (!other.actorId.equals(actor.id()) && !(other.kind == Alias.Kind.WEAK && alias.kind() == Alias.Kind.WEAK)
              && !(other.kind == Alias.Kind.EXACT && alias.kind() == Alias.Kind.EXACT && !other.alias.equals(alias.text()))
              && other.when() != null && entry.when() != null && other.when().overlaps(entry.when())) {
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

  /**
   * Aliases that two actors share: the same lookup key, unless both are weak, exact in different
   * case, or valid on no common day (short aliases of two people whose periods do not overlap).
   */
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

  /** Every accepted mention in an undated {@code text}, in text order. */
  public List<Mention> match(String text) {
    return match(text, null);
  }

  /** Every accepted mention in {@code text} written on {@code date} (null: undated), in text order. */
  public List<Mention> match(String text, LocalDate date) {
    return run(tokenizer.scan(text), date, null);
  }

  /** Every accepted mention and every rejected alias occurrence with its reason, in an undated text. */
  public MatchExplanation explain(String text) {
    return explain(text, null);
  }

  /** Every accepted mention and every rejected alias occurrence with its reason, for a text of {@code date}. */
  public MatchExplanation explain(String text, LocalDate date) {
    List<RejectedMatch> rejected = new ArrayList<>();
    List<Mention> mentions = run(tokenizer.scan(text), date, rejected);
    rejected.sort(java.util.Comparator.comparingInt(RejectedMatch::start));
    return new MatchExplanation(mentions, rejected);
  }

  /** The actor facets of an undated {@code text}: literal, agent, per-type and country views. */
  public ActorFacets facets(String text) {
    return facets(text, null);
  }

  /** The actor facets of {@code text} written on {@code date} (null: undated). */
  public ActorFacets facets(String text, LocalDate date) {
    return ActorFacets.of(match(text, date), registry, date);
  }

  /** The actor facets of an undated text already split by {@link ActorTokenizer}. */
  public ActorFacets facets(TextTokens tokens) {
    return facets(tokens, null);
  }

  /** The actor facets of a text already split by {@link ActorTokenizer}, as {@link #facets(String, LocalDate)} of its text. */
  public ActorFacets facets(TextTokens tokens, LocalDate date) {
    return ActorFacets.of(run(tokens, date, null), registry, date);
  }

  /** The distinct actor ids named in an undated {@code text} as written (demonyms excluded), sorted. */
  public Set<String> actorIds(String text) {
    return actorIds(text, null);
  }

  /** The distinct actor ids named in {@code text} of {@code date} as written (demonyms excluded), sorted. */
  public Set<String> actorIds(String text, LocalDate date) {
    Set<String> ids = new TreeSet<>();
    for (Mention m : match(text, date)) {
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

  private List<Mention> run(TextTokens t, LocalDate date, List<RejectedMatch> rejected) {
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
          List<Entry> more = accepted(node.entries, t, i, cases[i], text);
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
      // "Russia Ukraine talks", "President of Ukraine Volodymyr Zelensky": two names side by side
      boolean beforeAlias = end + 1 < t.size() && startsFullAlias(t, end + 1);
      String reason = MatchGuards.rejection(text, t, i, end, cases[i], afterMatch, beforeAlias);
      if (reason != null) {
        reject(rejected, best, t.get(i).start(), t.get(end).end(), reason);
        i++;
        continue;
      }
      Set<String> added = new HashSet<>(2);
      for (Entry e : best) {
        if (added.add(e.actorId)) { // one hit per actor, though two of its aliases meet here
          hits.add(new Hit(e, i, end));
        }
      }
      i = end + 1;
    }
    return read(text, t, hits, rejected, date);
  }

  /** True when an alias of some actor, as long as it may be, starts at token {@code i} and ends after it. */
  private boolean startsFullAlias(TextTokens t, int i) {
    if (!startsAlias(t, i)) {
      return false;
    }
    List<Node> frontier = rootOnly;
    for (int j = i; j < t.size() && !frontier.isEmpty(); j++) {
      frontier = step(frontier, t, j);
      for (Node node : frontier) {
        if (!node.entries.isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when token {@code i} is the first token of some alias, by its stemmed key or as written. */
  private boolean startsAlias(TextTokens t, int i) {
    return root.children != null && t.byKey(root.children, i) != null
        || root.exact != null && t.cyrillic(i) && t.byExactKey(root.exact, i) != null;
  }

  /**
   * Drops hits the date or the text do not support (aliases out of their period, short aliases of
   * actors out of theirs and not named in full, unconfirmed weak aliases, a place that a dateline
   * puts in another country) and decides how each remaining hit is read.
   */
  private List<Mention> read(String text, List<MatchToken> t, List<Hit> hits, List<RejectedMatch> rejected,
      LocalDate date) {
    List<Hit> dated = new ArrayList<>(hits.size());
    Set<String> named = new HashSet<>(); // actors named in full
    for (Hit h : hits) {
      if (!h.entry.period.contains(date)) {
        reject(rejected, List.of(h.entry), t.get(h.first).start(), t.get(h.last).end(),
            "alias valid only " + h.entry.period + (date == null ? " (undated text: read as of the present)" : " (text of " + date + ")"));
        continue;
      }
      dated.add(h);
      if ((h.entry.kind == Alias.Kind.NAME || h.entry.kind == Alias.Kind.EXACT) && !h.entry.brief) {
        named.add(h.entry.actorId);
      }
    }
    Set<String> confirmed = new HashSet<>(named);
    Set<Long> namedSpans = new HashSet<>(); // a surname that an actor named in full in the text shares is theirs alone
    for (Hit h : dated) {
      if (h.entry.brief && h.entry.actorPeriod.contains(date)) {
        confirmed.add(h.entry.actorId);
      }
      if (h.entry.brief && named.contains(h.entry.actorId)) {
        namedSpans.add(((long) h.first << 32) | h.last);
      }
    }
    List<Mention> out = new ArrayList<>(dated.size());
    Hit previous = null;
    boolean previousLocative = false;
    for (int n = 0; n < dated.size(); n++) {
      Hit h = dated.get(n);
      int start = t.get(h.first).start();
      int end = t.get(h.last).end();
      if (h.entry.brief && !named.contains(h.entry.actorId) && namedSpans.contains(((long) h.first << 32) | h.last)) {
        reject(rejected, List.of(h.entry), start, end, "short alias that an actor named in full in the text shares");
        continue;
      }
      if (h.entry.brief && !confirmed.contains(h.entry.actorId)) {
        reject(rejected, List.of(h.entry), start, end, "short alias out of the actor's period " + h.entry.actorPeriod
            + (date == null ? " (undated text: read as of the present)" : " (text of " + date + ")")
            + " and no full name of the actor in the text");
        continue;
      }
      if (h.entry.kind == Alias.Kind.WEAK && !confirmed.contains(h.entry.actorId)) {
        reject(rejected, List.of(h.entry), start, end, "weak alias without a full name of the actor in the text");
        continue;
      }
      String elsewhere = elsewhere(text, t, dated, n, date);
      if (elsewhere != null) {
        reject(rejected, List.of(h.entry), start, end, "another place of this name (\"" + elsewhere + "\" follows)");
        continue;
      }
      if (h.entry.kind == Alias.Kind.DEMONYM) {
        out.add(new Mention(h.entry.actorId, h.entry.kind, start, end, h.entry.alias, Mention.Reading.DEMONYM, null));
        continue;
      }
      boolean locative = MatchGuards.locative(t, h.first) || previousLocative && previous != null
          && MatchGuards.listed(text, t, previous.last, h.first);
      Actor actor = registry.byId(h.entry.actorId).orElseThrow();
      String standsFor = actor.standsFor(date);
      Mention.Reading reading = standsFor == null ? Mention.Reading.NAME
          : locative ? Mention.Reading.PLACE : Mention.Reading.AGENT;
      String countsFor = reading == Mention.Reading.AGENT ? standsFor : actor.id();
      out.add(new Mention(actor.id(), h.entry.kind, start, end, h.entry.alias, reading, countsFor));
      previous = h;
      previousLocative = locative;
    }
    return out;
  }

  /**
   * The place or country that follows place hit {@code n} after a comma in a dateline ("BIRMINGHAM,
   * Ala.", "ALEXANDRIA, Va.") when it lies in another country than the hit, so that the hit is
   * another place of the same name; else null. Only a place written in capitals or followed by a
   * dateline abbreviation is read so, so that a list ("Moscow, Kyiv and Minsk") is left alone.
   */
  private String elsewhere(String text, List<MatchToken> t, List<Hit> hits, int n, LocalDate date) {
    Hit h = hits.get(n);
    Actor here = registry.byId(h.entry.actorId).orElseThrow();
    if (here.type() != ActorType.PLACE) {
      return null;
    }
    for (int k = n + 1; k < hits.size() && hits.get(k).first == h.last + 1; k++) {
      Hit next = hits.get(k);
      Actor there = registry.byId(next.entry.actorId).orElseThrow();
      if (there.type() == ActorType.PERSON || there.type() == ActorType.ORG
          || !text.substring(t.get(h.last).end(), t.get(next.first).start()).strip().equals(",")
          || !(t.get(h.first).allCaps() || next.entry.kind == Alias.Kind.DATELINE)) {
        continue;
      }
      String mine = registry.countryOf(here.id(), date);
      String theirs = registry.countryOf(there.id(), date);
      if (theirs != null && !theirs.equals(mine)) {
        return text.substring(t.get(next.first).start(), t.get(next.last).end());
      }
    }
    return null;
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

  /**
   * Records why {@code entries} did not count, once per mention: a shorter alias of the same actor
   * inside a span already rejected ("Zelensky" of a rejected "Volodymyr Zelensky") is not listed again.
   */
  private static void reject(List<RejectedMatch> rejected, List<Entry> entries, int start, int end, String reason) {
    if (rejected != null) {
      for (Entry e : entries) {
        boolean inside = false;
        for (int k = rejected.size() - 1; k >= 0 && rejected.get(k).end() >= start; k--) {
          RejectedMatch r = rejected.get(k);
          inside |= r.actorId().equals(e.actorId) && r.start() <= start && end <= r.end();
        }
        if (!inside) {
          rejected.add(new RejectedMatch(e.actorId, start, end, e.alias, reason));
        }
      }
    }
  }

  private static List<Entry> accepted(List<Entry> entries, List<MatchToken> tokens, int from, LineCase lineCase,
      String text) {
    List<Entry> out = null;
    for (Entry e : entries) {
      if (e.accepts(tokens, from, lineCase, text)) {
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

  /**
   * One alias in the trie with what its case and date rules need.
   *
   * @param brief a short alias: a person's one-word name, or an {@code =} alias of an organisation,
   *     country or place; it counts only in its actor's period or with a full alias of the actor
   */
  private record Entry(String actorId, Alias.Kind kind, String alias, List<String> surfaces, boolean[] capitals,
      boolean shortAcronym, boolean hasLowerCase, Period period, Period actorPeriod, boolean brief) {

    static Entry of(Actor actor, Alias alias, List<MatchToken> tokens) {
      boolean[] capitals = new boolean[tokens.size()];
      boolean any = false;
      for (int k = 0; k < tokens.size(); k++) {
        capitals[k] = tokens.get(k).word() && tokens.get(k).capitalised();
        any |= capitals[k];
      }
      capitals[0] |= !any; // an alias written all in lower case still needs a capital in the text
      String letters = alias.text().replaceAll("[^\\p{L}]", "");
      boolean acronym = letters.length() <= 3 && !letters.isEmpty() && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
      boolean named = alias.kind() == Alias.Kind.NAME || alias.kind() == Alias.Kind.EXACT;
      boolean brief = named && (actor.type() == ActorType.PERSON ? tokens.size() == 1 : alias.kind() == Alias.Kind.EXACT);
      return new Entry(actor.id(), alias.kind(), alias.text(), tokens.stream().map(MatchToken::surface).toList(), capitals,
          acronym, !letters.equals(letters.toUpperCase(java.util.Locale.ROOT)), alias.period(), actor.period(), brief);
    }

    /** The days on which this alias can name its actor without its full name, for the conflict check; null for none. */
    Period when() {
      return brief ? intersection(period, actorPeriod) : period;
    }

    private static Period intersection(Period a, Period b) {
      java.time.LocalDate from = a.from() == null ? b.from() : b.from() == null || a.from().isAfter(b.from()) ? a.from() : b.from();
      java.time.LocalDate until = a.until() == null ? b.until() : b.until() == null || a.until().isBefore(b.until()) ? a.until() : b.until();
      return from != null && until != null && until.isBefore(from) ? null : new Period(from, until);
    }

    /**
     * The case rule: exact and dateline aliases match their case (a name with lower-case letters
     * also in capitals: "WELLINGTON" for {@code =Wellington}), others need capitals where the alias
     * has them; a dateline alias needs a capitalised word and a comma right before it.
     */
    boolean accepts(List<MatchToken> tokens, int from, LineCase lineCase, String text) {
      if (kind == Alias.Kind.EXACT || kind == Alias.Kind.DATELINE) {
        if (lineCase == LineCase.ALL_CAPS && shortAcronym) {
          return false; // "US" in "LET US KNOW": short acronyms say nothing in a headline in capitals
        }
        for (int k = 0; k < surfaces.size(); k++) {
          String written = tokens.get(from + k).surface();
          boolean same = surfaces.get(k).equals(written)
              || (lineCase == LineCase.ALL_CAPS || hasLowerCase) && written.length() > 1
              && surfaces.get(k).toUpperCase(java.util.Locale.ROOT).equals(written);
          if (!same) {
            return false;
          }
        }
        return kind == Alias.Kind.EXACT || from > 0 && tokens.get(from - 1).word() && tokens.get(from - 1).capitalised()
            && text.substring(tokens.get(from - 1).end(), tokens.get(from).start()).strip().equals(",");
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
