package org.dateline.extract;

/**
 * One place in a text where a registry alias matched.
 *
 * @param actorId the canonical actor id
 * @param kind the flag of the alias that matched
 * @param start offset of the first character in the text
 * @param end offset after the last character
 */
public record Mention(String actorId, Alias.Kind kind, int start, int end) {}
