package org.dateline.search;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dateline.extract.DateParser;
import org.dateline.extract.Outlets;
import org.dateline.index.Analyzers;
import org.dateline.index.ArticleFields;

/**
 * Lucene's classic query syntax over title and body, with AND as the default operator (a
 * researcher who types two words wants articles with both). Knows our fields: {@code outlet:},
 * {@code lang:}, {@code id:} and {@code actor:} match exact values ({@code actor:} also takes any
 * alias), and {@code date:} takes a day or a range of days ({@code date:[2025-05-01 TO
 * 2025-05-31]}, {@code *} for an open end).
 */
public final class ArticleQueryParser {
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  private final UnaryOperator<String> actorResolver;

  /** @param actorResolver maps an actor id or alias to its canonical id (returns the input when unknown) */
  public ArticleQueryParser(UnaryOperator<String> actorResolver) {
    this.actorResolver = actorResolver;
  }

  /** Parses {@code text}, or throws with the failing column and a hint. */
  public Query parse(String text) throws QuerySyntaxException {
    Parser parser = new Parser();
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      Matcher m = COLUMN.matcher(String.valueOf(e.getMessage()));
      int column = m.find() ? Integer.parseInt(m.group(1)) : 0;
      String detail = String.valueOf(e.getMessage());
      int colon = detail.indexOf("': ");
      if (detail.startsWith("Cannot parse '") && colon > 0) {
        detail = detail.substring(colon + 3);
      }
      String first = detail.lines().findFirst().orElse(detail).replaceAll(" at line \\d+, column \\d+\\.?", "").strip();
      throw new QuerySyntaxException(first, column);
    }
  }

  private final class Parser extends MultiFieldQueryParser {
    Parser() {
      super(ArticleFields.TEXT_FIELDS.toArray(String[]::new), Analyzers.text());
      setDefaultOperator(QueryParser.Operator.AND);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      if (field != null) {
        switch (field) {
          case ArticleFields.DATE -> {
            LocalDate day = day(queryText);
            return IntField.newExactQuery(field, (int) day.toEpochDay());
          }
          case ArticleFields.ACTOR -> {
            return new TermQuery(new Term(field, actorResolver.apply(queryText)));
          }
          case ArticleFields.OUTLET -> {
            return new TermQuery(new Term(field, Outlets.key(queryText)));
          }
          case ArticleFields.LANG -> {
            return new TermQuery(new Term(field, queryText.strip().toLowerCase(Locale.ROOT)));
          }
          case ArticleFields.ID -> {
            return new TermQuery(new Term(field, queryText));
          }
          default -> {
            // title, body and unknown fields: analysed as text
          }
        }
      }
      return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
        boolean endInclusive) throws ParseException {
      if (!ArticleFields.DATE.equals(field)) {
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
      }
      int lo = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : (int) day(part1).toEpochDay() + (startInclusive ? 0 : 1);
      int hi = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : (int) day(part2).toEpochDay() - (endInclusive ? 0 : 1);
      return IntField.newRangeQuery(field, lo, hi);
    }

    private LocalDate day(String text) throws ParseException {
      return DateParser.parse(text).orElseThrow(() ->
          new ParseException("invalid date '" + text + "' (expected YYYY-MM-DD)"));
    }
  }
}
