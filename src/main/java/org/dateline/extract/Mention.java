package org.dateline.extract;

/**
 * One place in a text where a registry alias matched and was accepted.
 *
 * @param actorId the actor named, as written (Moscow: {@code moscow})
 * @param kind the flag of the alias that matched
 * @param start offset of the first character in the text
 * @param end offset after the last character
 * @param alias the alias as the registry writes it
 * @param reading how the mention was read: a plain name, an agent standing for another actor, a
 *     place, or a demonym
 * @param countsFor the actor this mention counts for in the {@code actor} facet ({@code russia}
 *     for an agentive "Moscow"), or null for a demonym
 */
public record Mention(String actorId, Alias.Kind kind, int start, int end, String alias, Reading reading,
    String countsFor) {

  /** How a mention was read. */
  public enum Reading {
    /** A name of an actor that stands for nothing else: counts for itself. */
    NAME,
    /** A {@code stands_for} actor used as an agent ("Moscow rejected"): counts for what it stands for. */
    AGENT,
    /** A {@code stands_for} actor after a locative word ("talks in Moscow"): the place itself. */
    PLACE,
    /** A demonym or adjective ("Russian"): kept apart, counts for no actor. */
    DEMONYM
  }
}
