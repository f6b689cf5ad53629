package org.dateline.search;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.dateline.extract.DateParser;
import org.dateline.extract.Outlets;
import org.dateline.index.Analyzers;
import org.dateline.index.ArticleFields;

/**
 * Lucene's classic query syntax over title and body, with a chosen default operator (AND unless
 * told otherwise: a researcher who types two words wants articles with both). Knows our fields:
 * every keyword field of {@link ArticleFields#KEYWORD_FIELDS} matches exact values ({@code
 * outlet:} normalised like outlet names, {@code lang:} in lower case, {@code id:} as written, and
 * actor fields such as {@code actor:} by id or any alias), and {@code date:} takes a day or a range
 * of days ({@code date:[2025-05-01 TO 2025-05-31]}, {@code *} for an open end).
 *
 * <p>In {@link QuerySyntax#AUTO} mode text that does not parse runs as plain words, so that pasted
 * text ({@code "unbalanced}, {@code what did Putin say?}) never fails; the result says so.
 */
public final class ArticleQueryParser {
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
  // A '?' that ends a word reads as a question mark, not as Lucene's one-character wildcard.
  private static final Pattern QUESTION = Pattern.compile("[\\p{L}\\p{N}]\\?(?=[\\s)\"]|$)");

  private final BinaryOperator<String> terms;

  /**
   * @param terms maps a keyword field and a value as typed to the term stored in the index (an
   *     actor alias to its id, an outlet name to its id; see {@link QueryFactory#term})
   */
  public ArticleQueryParser(BinaryOperator<String> terms) {
    this.terms = terms;
  }

  /** Parses {@code text} as strict Lucene syntax with AND, or throws with the failing column and a hint. */
  public Query parse(String text) throws QuerySyntaxException {
    return parse(text, new QueryMode(QuerySyntax.LUCENE, DefaultOperator.AND)).query();
  }

  /**
   * Parses {@code text} as {@code mode} says. Throws when strict syntax does not parse, and in every
   * mode when well-formed syntax names a bad value (such as {@code date:2025-13-45}).
   */
  public ParsedQuery parse(String text, QueryMode mode) throws QuerySyntaxException {
    try {
      return parseWithin(text, mode);
    } catch (RuntimeException | StackOverflowError e) {
      // Lucene's own guards (automata too complex to determinize) and anything we did not foresee.
      throw new QueryRefusedException("it cannot be run (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
  }

  private ParsedQuery parseWithin(String text, QueryMode mode) throws QuerySyntaxException {
    Parser parser = new Parser(mode.operator());
    if (mode.syntax() != QuerySyntax.PLAIN) {
      QueryLimits.checkNesting(text);
    }
    if (mode.syntax() == QuerySyntax.PLAIN) {
      return new ParsedQuery(plain(parser, text), null);
    }
    if (mode.syntax() == QuerySyntax.AUTO && QUESTION.matcher(text).find()) {
      return new ParsedQuery(plain(parser, text),
          "the query reads as a question, so its words were searched as plain text (--syntax lucene reads '?' as a wildcard)");
    }
    try {
      return new ParsedQuery(parser.parse(text), null);
    } catch (ParseException e) {
      QuerySyntaxException error = syntaxError(e, text);
      if (error instanceof QueryRefusedException refused) {
        throw refused;
      }
      if (mode.syntax() == QuerySyntax.LUCENE || e.getCause() instanceof BadValue) {
        throw error;
      }
      String where = error.column() > 0 ? " at position " + error.column() : "";
      return new ParsedQuery(plain(parser, text), "the query does not parse" + where + " (" + error.getMessage()
          + "), so its words were searched as plain text (--syntax lucene makes this an error)");
    }
  }

  /** The words of {@code text} with every special character literal and no operators. */
  private static Query plain(Parser parser, String text) throws QuerySyntaxException {
    // Lower case first so that AND, OR and NOT are words too; the analyzer lower-cases anyway.
    String escaped = QueryParser.escape(text.toLowerCase(Locale.ROOT));
    try {
      return parser.parse(escaped);
    } catch (ParseException e) {
      throw syntaxError(e, escaped); // only a limit can fail escaped text; kept as an error, not a crash
    }
  }

  /** The error for {@code e}, thrown while parsing {@code text}. */
  private static QuerySyntaxException syntaxError(ParseException e, String text) {
    if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
      return new QueryRefusedException(String.format(Locale.ROOT,
          "more than %d words, phrases and operators (at most %d); narrow it or split it", QueryLimits.MAX_CLAUSES,
          QueryLimits.MAX_CLAUSES));
    }
    if (e.getCause() instanceof Refused r) {
      return new QueryRefusedException(r.getMessage());
    }
    String detail = String.valueOf(e.getMessage());
    // Lucene echoes the query first: strip exactly that, since the query may itself hold "': " or "column 5".
    String echo = "Cannot parse '" + text + "': ";
    if (detail.startsWith(echo)) {
      detail = detail.substring(echo.length());
    }
    Matcher m = COLUMN.matcher(detail);
    int column = m.find() ? Integer.parseInt(m.group(1)) : 0;
    String first = detail.lines().findFirst().orElse(detail).replaceAll(" at line \\d+, column \\d+\\.?", "").strip();
    return new QuerySyntaxException(first.isEmpty() ? "syntax error" : first, column);
  }

  /** A well-formed query names a value that cannot be (a bad date): an error even in AUTO mode. */
  private static final class BadValue extends ParseException {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
      super(message);
    }
  }

  /**
   * The fields a query may name: the text fields, the date and every keyword field. Any other
   * name ({@code tilte:grain}, {@code Putin: war}) matched nothing and returned 0 with exit 0;
   * it is a syntax error now, so {@code --syntax auto} reads the text as plain words with a notice.
   */
  private static final java.util.Set<String> KNOWN_FIELDS = knownFields();

  private static java.util.Set<String> knownFields() {
    java.util.Set<String> known = new java.util.LinkedHashSet<>(ArticleFields.TEXT_FIELDS);
    known.add(ArticleFields.DATE);
    known.addAll(ArticleFields.KEYWORD_FIELDS);
    return java.util.Set.copyOf(known);
  }

  private static void checkField(String field) throws ParseException {
    if (field != null && !KNOWN_FIELDS.contains(field)) {
      throw new ParseException("unknown field '" + field + "' (fields: " + String.join(", ", ArticleFields.TEXT_FIELDS)
          + ", " + ArticleFields.DATE + ", " + String.join(", ", ArticleFields.KEYWORD_FIELDS) + ")");
    }
  }

  /** A well-formed query breaks a {@link QueryLimits} bound: refused in every mode. */
  private static final class Refused extends ParseException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * One analyzer for every query: it keeps its tokenizer and filters per thread, where a new
   * analyzer per query built a StandardTokenizer and its filter chain for each one.
   */
  private static final org.apache.lucene.analysis.Analyzer TEXT = Analyzers.text();

  private final class Parser extends MultiFieldQueryParser {
    Parser(DefaultOperator operator) {
      super(ArticleFields.TEXT_FIELDS.toArray(String[]::new), TEXT);
      setDefaultOperator(operator == DefaultOperator.OR ? QueryParser.Operator.OR : QueryParser.Operator.AND);
      setDeterminizeWorkLimit(QueryLimits.DETERMINIZE_WORK_LIMIT);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      checkField(field);
      return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      checkField(field);
      return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      checkField(field);
      return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      checkField(field);
      String tooLarge = QueryLimits.regexTooLarge(termStr);
      if (tooLarge != null) {
        throw new Refused(tooLarge);
      }
      try {
        return super.getRegexpQuery(field, termStr);
      } catch (TooComplexToDeterminizeException e) {
        throw new Refused("regular expression /" + termStr + "/ is too complex (Lucene stopped after "
            + QueryLimits.DETERMINIZE_WORK_LIMIT + " steps of determinizing it)");
      } catch (IllegalArgumentException e) {
        throw new BadValue("invalid regular expression /" + termStr + "/: " + e.getMessage());
      }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      checkField(field);
      if (ArticleFields.DATE.equals(field)) {
        return IntField.newExactQuery(field, (int) day(queryText).toEpochDay());
      }
      if (field != null && ArticleFields.KEYWORD_FIELDS.contains(field)) {
        return new TermQuery(new Term(field, terms.apply(field, queryText)));
      }
      return super.getFieldQuery(field, queryText, quoted); // title, body and unknown fields: analysed text
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      checkField(field);
      if (field != null && ArticleFields.KEYWORD_FIELDS.contains(field)) {
        return getFieldQuery(field, queryText, true); // a quoted keyword value ("hakan fidan") is one term
      }
      return super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
        boolean endInclusive) throws ParseException {
      checkField(field);
      if (!ArticleFields.DATE.equals(field)) {
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
      }
      int lo = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : (int) day(part1).toEpochDay() + (startInclusive ? 0 : 1);
      int hi = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : (int) day(part2).toEpochDay() - (endInclusive ? 0 : 1);
      return IntField.newRangeQuery(field, lo, hi);
    }

    private LocalDate day(String text) throws ParseException {
      return DateParser.parse(text).orElseThrow(() ->
          new BadValue("invalid date '" + text + "' (expected YYYY-MM-DD)"));
    }
  }
}
