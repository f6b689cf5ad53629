package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks of {@code dateline actors check}: links that point nowhere or in a circle, one alias
 * given to two actors, and one-word aliases that are also common English words. Each problem is one
 * line naming the file, line and actor.
 */
public final class RegistryCheck {
  private RegistryCheck() {}

  /** Every problem in {@code registry}, broken links first; empty when the registry is sound. */
  public static List<String> problems(ActorRegistry registry) {
    List<String> out = new ArrayList<>(brokenLinks(registry));
    out.addAll(sharedAliases(registry));
    out.addAll(riskyAliases(registry));
    return out;
  }

  /** Unknown {@code part_of} or {@code stands_for} ids, and cycles: errors that make a registry unusable. */
  public static List<String> brokenLinks(ActorRegistry registry) {
    List<String> out = new ArrayList<>();
    for (Actor a : registry.actors()) {
      for (Actor.Link l : a.partOfLinks()) {
        link(registry, a, "part_of", l.id(), out);
      }
      for (Actor.Link l : a.standsForLinks()) {
        link(registry, a, "stands_for", l.id(), out);
      }
    }
    if (out.isEmpty()) {
      cycles(registry, "part_of", Actor::partOf, out);
      cycles(registry, "stands_for", Actor::standsFor, out);
    }
    return out;
  }

  private static void link(ActorRegistry registry, Actor a, String column, String target, List<String> out) {
    if (target != null && registry.byId(target).isEmpty()) {
      out.add(where(registry, a) + ": column '" + column + "': unknown actor id '" + target + "'");
    } else if (target != null && target.equals(a.id())) {
      out.add(where(registry, a) + ": column '" + column + "': actor '" + a.id() + "' points to itself");
    }
  }

  private static void cycles(ActorRegistry registry, String column, Function<Actor, String> next, List<String> out) {
    Set<String> reported = new HashSet<>();
    for (Actor start : registry.actors()) {
      List<String> path = new ArrayList<>();
      for (Actor a = start; a != null; a = next.apply(a) == null ? null : registry.byId(next.apply(a)).orElse(null)) {
        int seen = path.indexOf(a.id());
        if (seen >= 0) {
          List<String> cycle = path.subList(seen, path.size());
          if (reported.add(cycle.stream().sorted().toList().toString())) {
            out.add(where(registry, start) + ": column '" + column + "': cycle " + String.join(" -> ", cycle) + " -> " + a.id());
          }
          break;
        }
        path.add(a.id());
      }
    }
  }

  /** Aliases that two actors share (same lookup key), unless both are weak. */
  static List<String> sharedAliases(ActorRegistry registry) {
    List<String> out = new ArrayList<>();
    for (ActorMatcher.Conflict c : new ActorMatcher(registry).conflicts()) {
      out.add(registry.origin(c.secondActor()) + ": column 'aliases': alias '" + c.secondAlias() + "' of '"
          + c.secondActor() + "' is also alias '" + c.firstAlias() + "' of '" + c.firstActor() + "' ("
          + registry.origin(c.firstActor()) + "); keep it on one actor, or mark both weak (@)");
    }
    return out;
  }

  /** One-word plain aliases that are also lower-case English words ("China", "Bond"). */
  static List<String> riskyAliases(ActorRegistry registry) {
    ActorTokenizer tokenizer = new ActorTokenizer();
    List<String> out = new ArrayList<>();
    for (Actor a : registry.actors()) {
      for (Alias alias : a.aliases()) {
        if (alias.kind() != Alias.Kind.NAME) {
          continue;
        }
        List<MatchToken> tokens = tokenizer.tokens(alias.text());
        if (tokens.size() == 1 && !tokens.get(0).cyrillic() && EnglishWords.contains(tokens.get(0).lower())) {
          out.add(where(registry, a) + ": column 'aliases': alias '" + alias.text() + "' of '" + a.id()
              + "' is also the common word '" + tokens.get(0).lower() + "'; write =" + alias.text()
              + " to match only that exact case, @" + alias.text() + " to need a full name, or a longer alias");
        }
      }
    }
    return out;
  }

  private static String where(ActorRegistry registry, Actor a) {
    String origin = registry.origin(a.id());
    return origin != null ? origin : "actor '" + a.id() + "'";
  }
}
