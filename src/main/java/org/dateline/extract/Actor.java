package org.dateline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A curated actor: the stable id stored in the index and everything needed to label and match it.
 *
 * @param id stable facet value, never reused
 * @param type person, organisation, country or place
 * @param name display name, looked up at query time so a rename needs no re-index
 * @param wikidata verified Wikidata QID, or null
 * @param partOfLinks the actors this place lies in, each with its period (Moscow: the Soviet Union
 *     until 1991, Russia since 1992); empty when none
 * @param standsForLinks the actors this one stands for when used as an agent (Kremlin: russia),
 *     each with its period; empty when none
 * @param aliases every written form that maps to this actor
 * @param period when the actor exists or, for a person, holds the offices that make a bare surname
 *     mean them ({@link Period#ALWAYS} when the registry gives none)
 */
public record Actor(
    String id,
    ActorType type,
    String name,
    String wikidata,
    List<Link> partOfLinks,
    List<Link> standsForLinks,
    List<Alias> aliases,
    Period period) {

  /**
   * One {@code part_of} or {@code stands_for} target and when it holds.
   *
   * @param id the target actor
   * @param period when the link holds
   */
  public record Link(String id, Period period) {
    /** A missing period is {@link Period#ALWAYS}. */
    public Link {
      period = period == null ? Period.ALWAYS : period;
    }

    /**
     * Parses a registry link cell: ids separated by {@code |}, each optionally followed by a
     * bracketed period ({@code soviet-union[..1991-12-31]|russia[1992-01-01..]}); null or blank is none.
     *
     * @throws IllegalArgumentException when a period is malformed
     */
    public static List<Link> parseAll(String cell) {
      List<Link> out = new ArrayList<>(1);
      if (cell == null || cell.isBlank()) {
        return out;
      }
      for (String part : cell.split("\\|")) {
        String p = part.strip();
        int open = p.indexOf('[');
        if (open >= 0 && p.endsWith("]")) {
          out.add(new Link(p.substring(0, open).strip(), Period.parse(p.substring(open + 1, p.length() - 1))));
        } else {
          out.add(new Link(p, Period.ALWAYS));
        }
      }
      return out;
    }
  }

  /** Copies the lists so the record stays immutable; a missing period is {@link Period#ALWAYS}. */
  public Actor {
    partOfLinks = List.copyOf(partOfLinks);
    standsForLinks = List.copyOf(standsForLinks);
    aliases = List.copyOf(aliases);
    period = period == null ? Period.ALWAYS : period;
  }

  /** An actor valid at any date with at most one {@code part_of} and one {@code stands_for} target (tests, tools). */
  public Actor(String id, ActorType type, String name, String wikidata, String partOf, String standsFor,
      List<Alias> aliases) {
    this(id, type, name, wikidata, Link.parseAll(partOf), Link.parseAll(standsFor), aliases, Period.ALWAYS);
  }

  /** The actor this place lies in for an undated article (the present), or null. */
  public String partOf() {
    return partOf(null);
  }

  /** The actor this place lies in on {@code date} (null: undated, read as the present), or null. */
  public String partOf(LocalDate date) {
    return on(partOfLinks, date);
  }

  /** The actor this one stands for in an undated article (the present), or null. */
  public String standsFor() {
    return standsFor(null);
  }

  /** The actor this one stands for on {@code date} (null: undated, read as the present), or null. */
  public String standsFor(LocalDate date) {
    return on(standsForLinks, date);
  }

  private static String on(List<Link> links, LocalDate date) {
    for (Link l : links) {
      if (l.period().contains(date)) {
        return l.id();
      }
    }
    return null;
  }
}
