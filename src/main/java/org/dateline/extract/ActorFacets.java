package org.dateline.extract;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The actor views of one article, each a sorted set of actor ids and each a facet in the index.
 *
 * @param literal every actor named, as written: "Moscow" is {@code moscow} whatever it means
 * @param actor every actor that acts or is named: a {@code stands_for} actor read as an agent
 *     ("Moscow rejected", "the Kremlin said") counts for what it stands for ({@code russia}), read
 *     as a place ("talks in Moscow") for itself; demonyms never count
 * @param person the {@code actor} ids of type PERSON
 * @param org the {@code actor} ids of type ORG
 * @param place the {@code actor} ids of type PLACE
 * @param country every country in {@code actor} or {@code literal}, plus the country each place
 *     in them lies in, following {@code part_of} (Istanbul: turkey)
 * @param demonym actors named only by a demonym or adjective ("Russian": {@code russia}), kept apart
 * @param entity normalised names that no registry actor covers, from the recognizer of {@code
 *     dateline enrich}; for curation only, never part of the other views
 */
public record ActorFacets(SortedSet<String> literal, SortedSet<String> actor, SortedSet<String> person,
    SortedSet<String> org, SortedSet<String> place, SortedSet<String> country, SortedSet<String> demonym,
    SortedSet<String> entity) {

  /** Copies the sets so the record stays immutable. */
  public ActorFacets {
    literal = frozen(literal);
    actor = frozen(actor);
    person = frozen(person);
    org = frozen(org);
    place = frozen(place);
    country = frozen(country);
    demonym = frozen(demonym);
    entity = frozen(entity);
  }

  /** The registry views alone, with no unknown names. */
  public ActorFacets(SortedSet<String> literal, SortedSet<String> actor, SortedSet<String> person,
      SortedSet<String> org, SortedSet<String> place, SortedSet<String> country, SortedSet<String> demonym) {
    this(literal, actor, person, org, place, country, demonym, new TreeSet<>());
  }

  /** These views with {@code names} as the unknown names. */
  public ActorFacets withEntity(java.util.Collection<String> names) {
    return new ActorFacets(literal, actor, person, org, place, country, demonym, new TreeSet<>(names));
  }

  /** No actors at all. */
  public static ActorFacets none() {
    return of(List.of(), ActorRegistry.of(List.of()));
  }

  /** The views of a list of accepted mentions of an undated text. */
  public static ActorFacets of(List<Mention> mentions, ActorRegistry registry) {
    return of(mentions, registry, null);
  }

  /**
   * The views of a list of accepted mentions of a text of {@code date} (null: undated): places
   * roll up along the {@code part_of} links valid on that date (Moscow in 1987: soviet-union).
   */
  public static ActorFacets of(List<Mention> mentions, ActorRegistry registry, java.time.LocalDate date) {
    SortedSet<String> literal = new TreeSet<>();
    SortedSet<String> actor = new TreeSet<>();
    SortedSet<String> demonym = new TreeSet<>();
    for (Mention m : mentions) {
      if (m.reading() == Mention.Reading.DEMONYM) {
        demonym.add(m.actorId());
      } else {
        literal.add(m.actorId());
        actor.add(m.countsFor());
      }
    }
    SortedSet<String> person = new TreeSet<>();
    SortedSet<String> org = new TreeSet<>();
    SortedSet<String> place = new TreeSet<>();
    SortedSet<String> country = new TreeSet<>();
    for (String id : actor) {
      switch (registry.byId(id).map(Actor::type).orElse(ActorType.ORG)) {
        case PERSON -> person.add(id);
        case ORG -> org.add(id);
        case PLACE -> place.add(id);
        case COUNTRY -> { }
      }
    }
    for (Set<String> ids : List.of(literal, actor)) {
      for (String id : ids) {
        String c = registry.countryOf(id, date);
        if (c != null) {
          country.add(c);
        }
      }
    }
    return new ActorFacets(literal, actor, person, org, place, country, demonym);
  }

  private static SortedSet<String> frozen(SortedSet<String> s) {
    return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(s));
  }
}
