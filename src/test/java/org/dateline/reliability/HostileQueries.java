package org.dateline.reliability;

import java.util.List;
import java.util.Random;

/**
 * Seeded query strings of the kinds that break search engines: unbalanced quotes and brackets, lone
 * operators, leading wildcards, out-of-range fuzziness ({@code a~10}), 100 kB queries, 5,000-term
 * ORs, catastrophic and huge regular expressions, deep nesting, field injection (internal and
 * unknown fields, bad dates and ranges), control characters, and random splices of all of these.
 */
public final class HostileQueries {
  private static final String[] WORDS = {"talks", "Russia", "Ukraine", "Putin", "peace", "deal", "grain", "the", "and",
      "Kyiv", "NATO", "AND", "OR", "NOT", "to", "Путин", "Türkiye", "drone", "x", "a"};
  private static final String[] PIECES = {"\"", "(", ")", "[", "]", "{", "}", "AND", "OR", "NOT", "+", "-", "!", "&&", "||",
      "*", "?", "~", "~10", "~0.5", "^", "^10", "^-1", ":", "\\", "/", "//", " TO ", "*talks", "?eace", "t*s", "p?ace",
      "a~10", "talks~", "\"peace deal\"~10000", "title:", "body:", "actor:", "actor:putin", "outlet:", "lang:", "id:*",
      "date:", "date:[2022-01-01 TO 2022-12-31]", "date:[* TO *]", "date:2025-13-45", "date:{x TO y}", "hash:1",
      "$facets:x", "_id:1", "corpus:*", "source:*", "dateline.schema:2", "\u0000", "\u0007", "\t", "\n", "\uFFFF",
      "\uD800", "😀", "\u202E", "%s", "%n", "';--", "<script>", "{!lucene}", "*:*", "field:", ":::", "((((", "))))"};
  private static final String[] REGEXES = {"/(a|aa)*b/", "/(.*){50}/", "/a{100000000}/", "/[a-z]{1,10000}/",
      "/.{0,2000}x.{0,2000}/", "/[^a]{0,500}[^b]{0,500}/", "/((a*)*)*b{1,1000}/", "/(a{1000}){1000}/", "/[/", "/(/",
      "/a{2147483647}/", "/~(a)/", "/<1-1000000000>/", "/#/", "/@/", "/.*/", "/[a-z]+/", "/\\/", "/(((((((((((x)))))))))))/"};

  private final Random random;

  /** Queries from {@code seed}. */
  public HostileQueries(long seed) {
    this.random = new Random(seed);
  }

  /** The fixed queries every run includes: the named attacks at full size. */
  public static List<String> named() {
    StringBuilder ors = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      ors.append(i == 0 ? "" : " OR ").append("w").append(i);
    }
    StringBuilder big = new StringBuilder();
    Random r = new Random(1);
    while (big.length() < 100_000) {
      big.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
    }
    return List.of("\"unbalanced", "talks AND (", "(((peace)", "peace)))", "[2022 TO", "{a TO b", "AND", "OR", "NOT", "-",
        "+", "!", "*", "?", "*talks", "?alks", "a~10", "talks~99", ors.toString(), big.toString(), "(".repeat(10_000),
        "(".repeat(60) + "x" + ")".repeat(60), "\"" + "a ".repeat(20_000) + "\"", "x".repeat(100_000), "/a{100000000}/",
        "/(a|aa)*b/", "title:/.*/", "hash:[* TO *]", "_hash:1", "id:" + "x".repeat(5000), "date:[0000-01-01 TO 9999-12-31]",
        "\\", "\"", "\u0000", "");
  }

  /** The next random query. */
  public String next() {
    int kind = random.nextInt(10);
    StringBuilder q = new StringBuilder();
    int parts = 1 + random.nextInt(kind < 8 ? 8 : 400);
    for (int i = 0; i < parts; i++) {
      int what = random.nextInt(10);
      String piece = what < 4 ? WORDS[random.nextInt(WORDS.length)]
          : what < 8 ? PIECES[random.nextInt(PIECES.length)]
          : what < 9 ? REGEXES[random.nextInt(REGEXES.length)]
          : String.valueOf((char) random.nextInt(0x3000));
      q.append(piece);
      if (random.nextInt(3) > 0) {
        q.append(' ');
      }
    }
    return q.toString();
  }
}
