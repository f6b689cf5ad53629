package org.dateline.extract;

import java.util.List;

/**
 * Everything the matcher decided on one text, for {@code dateline actors explain}.
 *
 * @param mentions accepted mentions, in text order
 * @param rejected aliases found but not counted, in text order, each with its reason
 */
public record MatchExplanation(List<Mention> mentions, List<RejectedMatch> rejected) {
  /** Copies the lists so the record stays immutable. */
  public MatchExplanation {
    mentions = List.copyOf(mentions);
    rejected = List.copyOf(rejected);
  }
}
