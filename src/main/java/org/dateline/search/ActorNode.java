package org.dateline.search;

/**
 * An actor of a co-occurrence graph.
 *
 * @param id canonical actor id
 * @param label display name from the registry (the id when the registry no longer has it)
 * @param type {@code PERSON}, {@code ORG}, {@code COUNTRY} or {@code PLACE}, or null when unknown
 * @param matches matching articles naming the actor
 * @param indexed articles in the whole index naming the actor
 */
public record ActorNode(String id, String label, String type, long matches, long indexed) {}
