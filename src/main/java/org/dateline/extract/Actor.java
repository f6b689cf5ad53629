package org.dateline.extract;

import java.util.List;

/**
 * A curated actor: the stable id stored in the index and everything needed to label and match it.
 *
 * @param id stable facet value, never reused
 * @param type person, organisation, country or place
 * @param name display name, looked up at query time so a rename needs no re-index
 * @param wikidata verified Wikidata QID, or null
 * @param partOf id of the actor this place lies in (Istanbul: turkey), or null
 * @param standsFor id this actor stands for when used as an agent (Kremlin: russia), or null
 * @param aliases every written form that maps to this actor
 */
public record Actor(
    String id,
    ActorType type,
    String name,
    String wikidata,
    String partOf,
    String standsFor,
    List<Alias> aliases) {

  /** Copies the alias list so the record stays immutable. */
  public Actor {
    aliases = List.copyOf(aliases);
  }
}
