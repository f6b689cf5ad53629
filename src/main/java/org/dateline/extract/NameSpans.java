package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules that turn one tagged line of English news into name spans: which tokens can be part
 * of a name, which joiners ("of", "&", initials, hyphens) hold a name together, and which words
 * (titles, calendar words, table labels) are cut out. Pure and stateless; every rule is about
 * English news text in general, not about one corpus.
 */
final class NameSpans {
  /** Titles and offices: "President Bill Clinton" names Bill Clinton, "Prime Minister" names nobody. */
  private static final Set<String> TITLES = Set.of("president", "minister", "premier", "chancellor", "senator",
      "sen.", "rep.", "governor", "gov.", "mayor", "general", "gen.", "colonel", "col.", "lieutenant", "lt.",
      "admiral", "sergeant", "sgt.", "captain", "capt.", "commander", "judge", "secretary", "ambassador", "envoy",
      "chairman", "chairwoman", "spokesman", "spokeswoman", "director", "commissioner", "coach", "manager",
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof.", "professor", "deputy", "vice");

  /** Days and months are not names, though taggers call them proper nouns. */
  private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec");

  /** Column and row labels of results tables and standings. */
  private static final Set<String> TABLE_LABELS = Set.of("total", "totals", "extras", "standings", "played",
      "points", "pts", "team", "overall", "average", "results", "result", "scores", "score", "attendance",
      "halftime", "half-time", "bowling", "batting", "turnover", "revenue", "sales");

  /** Lower-case words a results line may hold besides names and numbers ("Leeds v Wimbledon"). */
  private static final Set<String> TABLE_WORDS = Set.of("v", "vs", "vs.", "of", "the", "de", "and", "'s", "at");

  private static final Pattern DEMONYM_ENDING = Pattern.compile("(an|ese|ish|ch|ic|i)$");
  private static final Pattern NUMBER = Pattern.compile("[-+.(]?[0-9].*");

  private NameSpans() {}

  /** The names of one line as inclusive token index pairs, in order. */
  static List<int[]> find(String[] tokens, String[] tags, int[] starts, int[] ends, boolean allCaps) {
    Line line = new Line(tokens, tags, starts, ends, allCaps, isTableLine(tokens));
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.length) {
      if (!line.isNameToken(i) || tokens[i].equals("May") && !line.table) {
        i++;
        continue; // a name never opens with "May": the month or the verb, not Theresa May
      }
      int j = i;
      for (int next = line.extend(j); next > j; next = line.extend(j)) {
        j = next;
      }
      line.cutTitles(i, j, out);
      i = j + 1;
    }
    return out;
  }

  /** A results or standings line: numbers or "v", and no lower-case words but a few joiners. */
  static boolean isTableLine(String[] tokens) {
    boolean scores = false;
    for (String t : tokens) {
      char c = t.charAt(0);
      if (NUMBER.matcher(t).matches() || t.equals("v") || t.equals("vs") || t.equals("vs.")) {
        scores = true;
      } else if (Character.isLowerCase(c) && !TABLE_WORDS.contains(t)) {
        return false;
      }
    }
    return scores;
  }

  private static boolean dictionaryWord(String token) {
    return EnglishWords.contains(token.toLowerCase(Locale.ROOT));
  }

  private static boolean isTitle(String token) {
    return TITLES.contains(token.toLowerCase(Locale.ROOT));
  }

  /** One tagged line and the per-token rules that read it. */
  private record Line(String[] tokens, String[] tags, int[] starts, int[] ends, boolean allCaps, boolean table) {

    boolean adjacent(int a, int b) {
      return starts[b] == ends[a];
    }

    boolean near(int a, int b) {
      return starts[b] - ends[a] <= 1;
    }

    /** A capital letter and its full stop ("G. Thorpe"), followed by a name. */
    boolean isInitial(int i) {
      String t = tokens[i];
      if (t.length() == 2 && Character.isUpperCase(t.charAt(0)) && t.charAt(1) == '.') {
        return i + 1 < tokens.length && near(i, i + 1) && Character.isUpperCase(tokens[i + 1].charAt(0));
      }
      return t.length() == 1 && Character.isUpperCase(t.charAt(0)) && i + 2 < tokens.length
          && tokens[i + 1].equals(".") && adjacent(i, i + 1) && near(i + 1, i + 2)
          && Character.isUpperCase(tokens[i + 2].charAt(0));
    }

    boolean isNameToken(int i) {
      String token = tokens[i];
      if (!Character.isLetter(token.codePointAt(0)) || CALENDAR.contains(token.toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (token.chars().noneMatch(Character::isUpperCase)) {
        return false; // "league", the "m" of "I 'm": names have a capital ("iPhone" has one)
      }
      if (token.length() == 1 || token.length() == 2 && token.charAt(1) == '.') {
        return isInitial(i); // the "W L T" of a table header, the "V" of "ENGLAND V PAKISTAN"
      }
      if (allCaps && i == 0 && tokens.length > 1 && tokens[1].equals("-")) {
        return false; // the topic slug of a wire headline: "SOCCER - JAPAN GET LUCKY WIN"
      }
      if (table) {
        return Character.isUpperCase(token.charAt(0)) && !TABLE_LABELS.contains(token.toLowerCase(Locale.ROOT));
      }
      if (tags[i].equals("PROPN")) {
        return true;
      }
      if (!allCaps && Character.isUpperCase(token.charAt(0)) && token.chars().anyMatch(Character::isLowerCase)
          && token.chars().allMatch(Character::isLetter) && !dictionaryWord(token)) {
        return true; // a capitalised word no dictionary knows ("Lebed", "Interfax"), whatever the tagger says
      }
      if (!allCaps && i + 2 < tokens.length && tokens[i + 1].equals("&")
          && Character.isUpperCase(token.charAt(0)) && Character.isUpperCase(tokens[i + 2].charAt(0))) {
        return true; // "Marks & Spencer": the tagger reads "Marks" as a verb
      }
      if (tags[i].equals("ADJ") && Character.isUpperCase(token.codePointAt(0))) {
        boolean beforeName = i + 1 < tokens.length && tags[i + 1].equals("PROPN");
        return beforeName || !allCaps && (i > 0 || DEMONYM_ENDING.matcher(token).find());
      }
      return false;
    }

    /** A capitalised common noun after a name is part of it ("Asian Cup", "British Airways"), outside all-capitals lines. */
    boolean continuesName(int i) {
      return !allCaps && tags[i].equals("NOUN") && Character.isUpperCase(tokens[i].codePointAt(0))
          && !CALENDAR.contains(tokens[i].toLowerCase(Locale.ROOT));
    }

    /** The last token of the name that ends at {@code j} once extended by one step, or {@code j}. */
    int extend(int j) {
      int n = tokens.length;
      if (j + 2 < n && tokens[j + 1].equals("-") && adjacent(j, j + 1) && adjacent(j + 1, j + 2)
          && isNameToken(j + 2)) {
        return j + 2; // "Ivano-Frankivsk": the tokenizer splits at the hyphen
      }
      if (j + 2 < n && tokens[j + 1].equals(".") && tokens[j].length() == 1 && adjacent(j, j + 1)
          && isNameToken(j + 2)) {
        return j + 2; // "G . Thorpe" when the tokenizer splits an initial from its stop
      }
      if (j + 2 < n && tokens[j + 1].equals("&") && isNameToken(j + 2)) {
        return j + 2; // "Goldman Sachs & Co"
      }
      if (j + 2 < n && tokens[j + 1].equals("of") && ofJoins(j)) {
        int k = j + 2 < n && tokens[j + 2].equals("the") ? j + 3 : j + 2;
        if (k < n && isNameToken(k) && !tokens[k].equals("May")) {
          return k; // "Bank of England", "Queen of the South"
        }
      }
      if (j + 1 < n && near(j, j + 1) && (isNameToken(j + 1) || continuesName(j + 1))) {
        return j + 1;
      }
      return j;
    }

    /** "of" joins after an institution's common noun ("Bank", "Ministry"), never after a title or a name proper. */
    boolean ofJoins(int j) {
      return !allCaps && !table && Character.isUpperCase(tokens[j].charAt(0)) && dictionaryWord(tokens[j])
          && !isTitle(tokens[j]);
    }

    /**
     * Adds the name tokens {@code i..j} less titles and the words that qualify them ("Russian Foreign
     * Minister Yevgeny Primakov" is "Russian" and "Yevgeny Primakov"); in all-capitals lines, a name
     * does not end with a dictionary word ("PAKISTAN FINAL TEST SCOREBOARD" is "PAKISTAN").
     */
    void cutTitles(int i, int j, List<int[]> out) {
      boolean[] cut = new boolean[j - i + 1];
      for (int k = i; k <= j; k++) {
        if (isTitle(tokens[k]) && !table) {
          cut[k - i] = true;
          for (int b = k - 1; b >= i && !cut[b - i] && dictionaryWord(tokens[b])
              && !DEMONYM_ENDING.matcher(tokens[b]).find(); b--) {
            cut[b - i] = true; // "Foreign", "Prime", "Deputy", but not "French"
          }
        }
      }
      int k = i;
      while (k <= j) {
        if (cut[k - i]) {
          k++;
          continue;
        }
        int e = k;
        while (e + 1 <= j && !cut[e + 1 - i]) {
          e++;
        }
        add(k, e, out);
        k = e + 1;
      }
    }

    private void add(int s, int e, List<int[]> out) {
      while (e >= s && (allCaps && dictionaryWord(tokens[e]) || !Character.isLetterOrDigit(tokens[e].charAt(0))
          || tokens[e].equals("of") || tokens[e].equals("the"))) {
        e--;
      }
      if (e >= s) {
        out.add(new int[] {s, e});
      }
    }
  }
}
