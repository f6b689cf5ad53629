package org.dateline.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score (BM25 over the passage, with the same constants, terms in the
 * same order and the same float arithmetic), without the {@code BytesRefHash} Lucene builds for
 * every passage it scores: that hash allocates a 32 kB block each time, a sixth of everything a
 * search allocated on a 1M-article index, for the handful of distinct terms a passage matches.
 */
final class LeanPassageScorer extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    // distinct terms in the order they first appear, as BytesRefHash numbers them
    BytesRef[] distinct = new BytesRef[matches];
    int[] inPassage = new int[matches];
    int[] inDoc = new int[matches];
    int size = 0;
    for (int i = 0; i < matches; i++) {
      int t = 0;
      while (t < size && !distinct[t].bytesEquals(terms[i])) {
        t++;
      }
      if (t == size) {
        distinct[size] = terms[i];
        inDoc[size] = freqsInDoc[i];
        size++;
      }
      inPassage[t]++;
    }
    double score = 0d;
    for (int t = 0; t < size; t++) {
      score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[t]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
