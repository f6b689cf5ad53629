package org.dateline.search;

/**
 * Two actors named together in matching articles. See {@link Cooccurrence} for the score.
 *
 * @param source the actor id that sorts first
 * @param target the other actor id
 * @param count matching articles naming both
 * @param expected the count expected if the two were named independently, at their rates in the whole index
 * @param score signed log-likelihood G² of {@code count} against {@code expected}: positive when the
 *     pair is named together more often than expected, larger when more surely so
 */
public record ActorPair(String source, String target, long count, double expected, double score) {}
