package org.dateline.index;

import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one text field, analysed once and kept in flat arrays, played back to the
 * IndexWriter as the field's token stream: terms, offsets and position increments, and at the end
 * the final offset and position increment the analyzer left. Reused article after article by one
 * thread; {@link #clear()} starts the next text.
 */
final class ReplayTokens extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private char[] chars = new char[4096];
  private int[] termEnd = new int[256];
  private int[] start = new int[256];
  private int[] end = new int[256];
  private int[] increment = new int[256];
  private int size;
  private int next;
  private int finalOffset;
  private int finalIncrement;

  /** Forgets the tokens held, for the next text. */
  void clear() {
    size = 0;
    next = 0;
  }

  /** Appends a token: its term {@code term[0, length)}, its offsets and its position increment. */
  void add(char[] term, int length, int from, int to, int positionIncrement) {
    if (size == start.length) {
      int n = size * 2;
      termEnd = Arrays.copyOf(termEnd, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      increment = Arrays.copyOf(increment, n);
    }
    int at = size == 0 ? 0 : termEnd[size - 1];
    if (at + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, at + length));
    }
    System.arraycopy(term, 0, chars, at, length);
    termEnd[size] = at + length;
    start[size] = from;
    end[size] = to;
    increment[size] = positionIncrement;
    size++;
  }

  /** Keeps the first {@code length} characters of the last token's term. */
  void shortenLast(int length) {
    termEnd[size - 1] = (size == 1 ? 0 : termEnd[size - 2]) + length;
  }

  /** What the analyzer reported at its end: the final offset and position increment. */
  void finish(int offsetAtEnd, int incrementAtEnd) {
    this.finalOffset = offsetAtEnd;
    this.finalIncrement = incrementAtEnd;
  }

  @Override
  public boolean incrementToken() {
    if (next == size) {
      return false;
    }
    clearAttributes();
    int from = next == 0 ? 0 : termEnd[next - 1];
    term.copyBuffer(chars, from, termEnd[next] - from);
    offset.setOffset(start[next], end[next]);
    position.setPositionIncrement(increment[next]);
    next++;
    return true;
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offset.setOffset(finalOffset, finalOffset);
    position.setPositionIncrement(finalIncrement);
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
  }
}
