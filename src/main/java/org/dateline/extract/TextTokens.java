package org.dateline.extract;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The tokens of one text as the matcher scans it: offsets and lookup keys in flat arrays, and a
 * {@link MatchToken} made only for the few tokens a rule looks at (alias candidates and their
 * neighbours). Every answer is the one the token's {@link MatchToken} gives.
 *
 * <p>Why not a list of {@link MatchToken}s: building one per token (a key string, a surface
 * substring, an exact key for Cyrillic words, a record) cost more than the analysis itself, and all
 * but a few per text are looked up once in the alias trie and dropped.
 */
public final class TextTokens extends AbstractList<MatchToken> implements RandomAccess {
  /** Per character: 0 until asked, then 2 when it is of the Cyrillic script, else 1. */
  private static final byte[] CYRILLIC = new byte[Character.MAX_VALUE + 1];
  private final String text;
  private int size;
  private int[] start = new int[64];
  private int[] cut = new int[64];
  private boolean[] possessive = new boolean[64];
  private int[] keyEnd = new int[64];
  private char[] keys = new char[512];
  private MatchToken[] views = new MatchToken[64];
  private char[] scratch = new char[32];

  /** No tokens yet, of {@code text}. */
  public TextTokens(String text) {
    this.text = text;
  }

  /**
   * Adds the next token: its lookup key ({@link ActorTokenizer}'s term) and where it starts and
   * ends in the text, a trailing possessive included.
   */
  public void add(char[] key, int keyLength, int from, int end) {
    add(key, keyLength, from, end, withoutPossessive(text, from, end));
  }

  /** Where the token ends without a trailing possessive ('s, ’s or a bare apostrophe). */
  private static int withoutPossessive(String text, int start, int end) {
    int e = end;
    if (e - start > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S') && isApostrophe(text.charAt(e - 2))) {
      e -= 2;
    } else if (e - start > 1 && isApostrophe(text.charAt(e - 1))) {
      e -= 1;
    }
    return e;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\uFF07';
  }

  private void add(char[] key, int keyLength, int from, int end, int to) {
    if (size == start.length) {
      int n = size * 2;
      start = Arrays.copyOf(start, n);
      cut = Arrays.copyOf(cut, n);
      possessive = Arrays.copyOf(possessive, n);
      keyEnd = Arrays.copyOf(keyEnd, n);
      views = Arrays.copyOf(views, n);
    }
    int keyStart = keyStart(size);
    if (keyStart + keyLength > keys.length) {
      keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keyStart + keyLength));
    }
    System.arraycopy(key, 0, keys, keyStart, keyLength);
    start[size] = from;
    cut[size] = to;
    possessive[size] = to < end;
    keyEnd[size] = keyStart + keyLength;
    size++;
  }

  private int keyStart(int i) {
    return i == 0 ? 0 : keyEnd[i - 1];
  }

  /** The text the tokens come from. */
  String text() {
    return text;
  }

  @Override
  public int size() {
    return size;
  }

  /** Token {@code i} as a {@link MatchToken}, made on first use. */
  @Override
  public MatchToken get(int i) {
    MatchToken v = views[i];
    if (v == null) {
      int keyStart = keyStart(i);
      v = new MatchToken(new String(keys, keyStart, keyEnd[i] - keyStart),
          ASCIIFold.fold(text.substring(start[i], cut[i])), start[i], cut[i], possessive[i]);
      views[i] = v;
    }
    return v;
  }

  /** The value stored under token {@code i}'s lookup key in {@code map}, as {@code map.get(get(i).key())}. */
  <V> V byKey(TokenKeyMap<V> map, int i) {
    int keyStart = keyStart(i);
    return map.get(keys, keyStart, keyEnd[i] - keyStart);
  }

  /** The value stored under token {@code i}'s exact key in {@code map}, as {@code map.get(get(i).exactKey())}. */
  <V> V byExactKey(TokenKeyMap<V> map, int i) {
    int len = cut[i] - start[i];
    if (scratch.length < len) {
      scratch = new char[len * 2];
    }
    for (int k = 0; k < len; k++) {
      char c = text.charAt(start[i] + k);
      // String.toLowerCase(Locale.ROOT) lowers character by character except for these; folding
      // changes the surface only where unchanged() says so.
      if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c) || !ASCIIFold.unchanged(c)) {
        return map.get(get(i).exactKey());
      }
      char lower = Character.toLowerCase(c);
      scratch[k] = lower == 'ё' ? 'е' : lower;
    }
    return map.get(scratch, 0, len);
  }

  /** True when token {@code i} is written in Cyrillic script, as {@code get(i).cyrillic()}. */
  boolean cyrillic(int i) {
    char c = text.charAt(start[i]);
    if (c < 0x80) {
      return false; // folding keeps ASCII as it is
    }
    if (Character.isSurrogate(c) || !ASCIIFold.unchanged(c)) {
      return get(i).cyrillic();
    }
    byte known = CYRILLIC[c];
    if (known == 0) {
      // Remembered per character: UnicodeScript.of is a binary search, asked for every non-ASCII token.
      known = Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC ? (byte) 2 : (byte) 1;
      CYRILLIC[c] = known;
    }
    return known == 2;
  }

  /** True when token {@code i} starts with a letter, as {@code get(i).word()}. */
  boolean word(int i) {
    char c = text.charAt(start[i]);
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    return get(i).word();
  }

  /** True when token {@code i} has letters and no lower-case one, as {@code get(i).allCaps()}. */
  boolean allCaps(int i) {
    boolean letter = false;
    for (int k = start[i]; k < cut[i]; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        return get(i).allCaps();
      }
      if (c >= 'a' && c <= 'z') {
        return false;
      }
      letter |= c >= 'A' && c <= 'Z';
    }
    return letter;
  }
}
