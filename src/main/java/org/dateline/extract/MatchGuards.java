package org.dateline.extract;

import java.util.List;
import java.util.Set;

/**
 * The context rules that keep an alias from counting where it is only part of something else,
 * and that read a {@code stands_for} actor as an agent or a place. Pure functions over the tokens
 * of one text.
 *
 * <p>The rules were measured on CoNLL-2003 and Reuters-21578 (see BENCHMARKS.md): they raise span
 * precision from about 0.91 to 0.97 for a loss of about one point of recall.
 */
final class MatchGuards {
  /** How the line of a token is written; all-caps lines change which rules apply. */
  enum LineCase { NORMAL, ALL_CAPS }

  /** Capitalised words that may stand right before or after a name without being part of it. */
  private static final Set<String> TITLES = Set.of(
      "president", "senator", "sen", "minister", "prime", "premier", "chancellor", "secretary", "general",
      "mr", "mrs", "ms", "dr", "sir", "lord", "king", "queen", "prince", "pope", "ambassador", "envoy",
      "spokesman", "spokeswoman", "leader", "chief", "deputy", "foreign", "defence", "defense", "governor",
      "mayor", "gen", "adviser", "advisor", "aide", "the", "in", "at", "on", "from", "to", "and", "but", "as",
      "with", "by", "for", "of", "after", "before", "when", "while", "since", "if", "that", "said", "says",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "президент", "премьер", "министр", "глава", "генсек", "госсекретарь", "канцлер", "посол", "спикер",
      "прем'єр", "міністр", "голова", "речник", "в", "во", "и", "на", "по", "у", "і", "та", "з", "до");
  /** Words that form a longer name with a neighbouring name ("New Mexico", "Moscow Times"). */
  private static final Set<String> NAME_PARTS = Set.of(
      "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower",
      "great", "greater", "little", "san", "santa", "saint", "st", "fort", "port", "mount", "lake", "cape",
      "gulf", "bay", "river", "island", "islands", "city", "times", "post", "bank", "group", "university",
      "college", "street", "avenue", "square", "airlines", "airways", "united", "national", "republic",
      "democratic", "federal", "central", "royal", "grand", "state", "county", "district", "province",
      "dynamo", "spartak", "club", "football", "team", "international", "journal", "herald", "tribune",
      "news", "radio", "television", "tv", "telegraph", "gazette", "review", "institute", "foundation",
      "real", "atletico", "sporting", "inter", "maccabi", "hapoel", "bayern", "open", "interbank");
  /** Sports clubs named after a city ("Спартак Москва"). */
  private static final Set<String> CLUBS = Set.of("спартак", "динамо", "цска", "локомотив", "зенит", "шахтер", "шахтар");
  /** Company suffixes: a name followed by one of these within two words is a company's name. */
  private static final Set<String> COMPANY = Set.of(
      "ltd", "inc", "corp", "corporation", "plc", "ag", "co", "llc", "sa", "nv", "gmbh", "bhd", "bank",
      "group", "holdings", "airlines", "airways", "industries", "petroleum", "motors", "cars", "telecom");
  /** Words after which a place is a location, not an agent ("talks in Moscow"). */
  private static final Set<String> LOCATIVES = Set.of(
      "in", "at", "to", "from", "into", "near", "across", "outside", "inside", "via", "toward", "towards",
      "visit", "visits", "visited", "visiting", "around", "throughout", "within", "through", "left", "arrived",
      "в", "во", "из", "на", "под", "около", "возле", "через", "к", "ко", "до",
      "у", "з", "із", "зі", "під", "біля", "поблизу");
  /** Lower-case words that join a longer name to a place: "Bank of Japan", "Banco do Brasil". */
  private static final Set<String> LINKS = Set.of("of", "de", "do", "da", "du", "des", "del", "di", "der", "la");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "и", "или", "і", "й", "та", "або");

  private MatchGuards() {}

  /** The case of each token's line: ALL_CAPS lines are headlines or datelines in capitals. */
  static LineCase[] lineCases(TextTokens t) {
    LineCase[] out = new LineCase[t.size()];
    int lineStart = 0;
    for (int i = 1; i <= t.size(); i++) {
      if (i == t.size() || !t.sameLine(i - 1, i)) {
        java.util.Arrays.fill(out, lineStart, i, lineCase(t, lineStart, i));
        lineStart = i;
      }
    }
    return out;
  }

  private static LineCase lineCase(TextTokens t, int from, int to) {
    int words = 0;
    int caps = 0;
    for (int k = from; k < to; k++) {
      if (t.word(k)) {
        words++;
        caps += t.allCaps(k) ? 1 : 0;
      }
    }
    return words >= 2 && caps * 10 >= words * 9 ? LineCase.ALL_CAPS : LineCase.NORMAL;
  }

  /** Why the match of tokens {@code first..last} is part of a longer name, or null when it is not. */
  static String rejection(String text, List<MatchToken> t, int first, int last, LineCase lineCase,
      boolean afterMatch, boolean beforeAlias) {
    for (int k = last + 1; k <= last + 2 && k < t.size() && sameLine(text, t.get(last), t.get(k)); k++) {
      if (COMPANY.contains(t.get(k).lower())) {
        return "company name (\"" + t.get(k).surface() + "\" follows)";
      }
    }
    if (t.get(first).cyrillic()) {
      // Russian and Ukrainian name a country's bodies with a genitive ("МИД Австралии", "Президент
      // России Владимир Путин"), so a capitalised word before a name is the rule, not a warning sign.
      boolean club = first > 0 && CLUBS.contains(t.get(first - 1).lower());
      return club ? "part of a longer name (\"" + t.get(first - 1).surface() + "\" before)" : null;
    }
    if (lineCase == LineCase.ALL_CAPS) {
      return null; // in capitals every word is capitalised, so capitals say nothing about names
    }
    if (first > 0 && !afterMatch && glued(text, t.get(first - 1), t.get(first)) && !allowedNeighbour(text, t, first - 1)) {
      return "part of a longer name (\"" + t.get(first - 1).surface() + "\" before)";
    }
    if (last + 1 < t.size() && !beforeAlias && !t.get(last).possessive()
        && glued(text, t.get(last), t.get(last + 1)) && !allowedNeighbour(text, t, last + 1)) {
      return "part of a longer name (\"" + t.get(last + 1).surface() + "\" after)";
    }
    if (first > 1 && LINKS.contains(t.get(first - 1).surface()) && glued(text, t.get(first - 1), t.get(first))
        && glued(text, t.get(first - 2), t.get(first - 1)) && t.get(first - 2).capitalised()
        && !TITLES.contains(t.get(first - 2).lower())) {
      return "part of a longer name (\"" + t.get(first - 2).surface() + " of\" before)";
    }
    return null;
  }

  /** True when a capitalised neighbour is a title, a function word or a common word, not a name. */
  private static boolean allowedNeighbour(String text, List<MatchToken> t, int k) {
    MatchToken n = t.get(k);
    if (!n.word() || !n.capitalised() || n.possessive()) {
      return true;
    }
    String lower = n.lower();
    if (TITLES.contains(lower)) {
      return true;
    }
    if (NAME_PARTS.contains(lower)) {
      return false;
    }
    if (n.cyrillic()) {
      return sentenceStart(text, t, k); // no Russian dictionary here: trust a sentence opener
    }
    return EnglishWords.contains(lower);
  }

  private static boolean sentenceStart(String text, List<MatchToken> t, int k) {
    int from = k == 0 ? 0 : t.get(k - 1).end();
    String gap = text.substring(from, t.get(k).start());
    return k == 0 || gap.indexOf('.') >= 0 || gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0 || gap.indexOf('\n') >= 0;
  }

  /** True when two tokens are separated by exactly one space or hyphen, so they read as one name. */
  static boolean glued(String text, MatchToken a, MatchToken b) {
    if (b.start() - a.end() != 1) {
      return false;
    }
    char c = text.charAt(a.end());
    return c == ' ' || c == '-' || c == '\u00A0';
  }

  private static boolean sameLine(String text, MatchToken a, MatchToken b) {
    for (int i = a.end(); i < b.start(); i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    return true;
  }

  /** True when the mention starting at token {@code first} follows a locative word ("in [the] Moscow"). */
  static boolean locative(List<MatchToken> t, int first) {
    int k = first - 1;
    if (k >= 0 && DETERMINERS.contains(t.get(k).lower())) {
      k--;
    }
    return k >= 0 && LOCATIVES.contains(t.get(k).lower());
  }

  /** True when tokens {@code a} and {@code b} are items of one list: "Moscow, Kyiv" or "Moscow and Kyiv". */
  static boolean listed(String text, List<MatchToken> t, int a, int b) {
    if (b == a + 1) {
      return text.substring(t.get(a).end(), t.get(b).start()).strip().equals(",");
    }
    return b == a + 2 && CONJUNCTIONS.contains(t.get(a + 1).lower());
  }
}
