package org.dateline.extract;

/**
 * An alias that occurs in a text but was not accepted as a mention, and why.
 *
 * @param actorId the actor the alias belongs to
 * @param start offset of the first character in the text
 * @param end offset after the last character
 * @param alias the alias as the registry writes it
 * @param reason why it does not count, e.g. {@code part of a longer name ("Spartak Moscow")}
 */
public record RejectedMatch(String actorId, int start, int end, String alias, String reason) {}
