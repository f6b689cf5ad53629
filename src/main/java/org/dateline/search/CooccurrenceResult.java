package org.dateline.search;

import java.util.List;

/**
 * Actor pairs of a set of matches, with the actors they join.
 *
 * @param matches the number of matching articles
 * @param indexSize the number of articles in the index
 * @param nodes the actors of the listed pairs, by id
 * @param pairs the listed pairs, in the requested order
 */
public record CooccurrenceResult(long matches, long indexSize, List<ActorNode> nodes, List<ActorPair> pairs) {
  /** Copies lists so the record stays immutable. */
  public CooccurrenceResult {
    nodes = List.copyOf(nodes);
    pairs = List.copyOf(pairs);
  }
}
