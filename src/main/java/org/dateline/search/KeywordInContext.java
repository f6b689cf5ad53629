package org.dateline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.dateline.extract.ActorMatcher;
import org.dateline.extract.Alias;
import org.dateline.extract.Mention;
import org.dateline.index.Analyzers;
import org.dateline.index.ArticleFields;

/**
 * Keyword-in-context lines for one article's body: one line per match of the query (terms,
 * phrases, wildcards, as the highlighter finds them, so a phrase is one match) and per mention of
 * a selected actor (any alias, demonyms excluded), each with N characters of context either side.
 */
final class KeywordInContext {
  // The highlighter groups matches into sentence passages; we want every match of every passage.
  private static final int ALL_PASSAGES = 100_000;

  private final UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(Analyzers.text())
      .withFormatter(new OffsetsFormatter())
      .withMaxLength(Integer.MAX_VALUE - 1)
      .build();
  private final ActorMatcher matcher;
  private final Set<String> actors;
  private final int width;

  /**
   * @param matcher finds actor mentions
   * @param actors ids of the actors whose mentions count as matches
   * @param width characters of context on either side
   */
  KeywordInContext(ActorMatcher matcher, Set<String> actors, int width) {
    this.matcher = matcher;
    this.actors = Set.copyOf(actors);
    this.width = width;
  }

  /**
   * The lines of {@code body} for {@code text} (null: actor mentions only), in text order; actor
   * mentions are read as of the article's {@code date} (null: undated).
   */
  List<KwicLine> lines(String body, Query text, java.time.LocalDate date) throws IOException {
    TreeMap<Integer, Integer> spans = new TreeMap<>(); // start -> end; one line per start
    Query wanted = text == null ? null : bodyLeaves(text);
    if (wanted != null && body != null) {
      Object found = highlighter.highlightWithoutSearcher(ArticleFields.BODY, wanted, body, ALL_PASSAGES);
      if (found instanceof int[][] offsets) {
        for (int[] span : offsets) {
          spans.merge(span[0], span[1], Math::max);
        }
      }
    }
    if (!actors.isEmpty() && body != null) {
      for (Mention m : matcher.match(body, date)) {
        if (actors.contains(m.actorId()) && m.kind() != Alias.Kind.DEMONYM) {
          spans.merge(m.start(), m.end(), Math::max);
        }
      }
    }
    List<KwicLine> out = new ArrayList<>(spans.size());
    spans.forEach((start, end) -> out.add(new KwicLine(start, flat(body.substring(Math.max(0, start - width), start)),
        flat(body.substring(start, end)), flat(body.substring(end, Math.min(body.length(), end + width))))));
    return out;
  }

  /**
   * The positive body parts of {@code text} (terms, phrases, wildcards), any of which may match.
   * The highlighter matches the whole query against the body alone, so a required clause on
   * another field ({@code actor:putin}) would otherwise leave no match at all.
   */
  static Query bodyLeaves(Query text) {
    Set<Query> leaves = new LinkedHashSet<>();
    text.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return ArticleFields.BODY.equals(field);
      }

      @Override
      public void consumeTerms(Query query, Term... terms) {
        leaves.add(query);
      }

      @Override
      public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        leaves.add(query);
      }

      @Override
      public void visitLeaf(Query query) {
        leaves.add(query);
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    if (leaves.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    leaves.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
    return any.build();
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }

  /** Returns the match offsets of every passage as {@code int[][] {{start, end}, ...}}. */
  private static final class OffsetsFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<int[]> out = new ArrayList<>();
      for (Passage p : passages) {
        for (int i = 0; i < p.getNumMatches(); i++) {
          out.add(new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]});
        }
      }
      return out.toArray(int[][]::new);
    }
  }
}
