package org.dateline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.ArticleView;
import org.dateline.search.FacetValue;
import org.dateline.search.Hit;
import org.dateline.search.KwicLine;
import org.dateline.search.SearchResult;

/** Writes results for people: aligned, with the match in each snippet marked (bold on a terminal, [[...]] otherwise). */
final class TableOutput {
  private static final int TITLE_WIDTH = 90;
  private static final int SNIPPET_WIDTH = 240;
  private static final String BOLD = "\u001B[1m";
  private static final String RESET = "\u001B[0m";

  private TableOutput() {}

  static void search(PrintWriter out, SearchResult r, int offset, boolean ansi) {
    search(out, r, offset, ansi, 0);
  }

  /** Hits and facets; with {@code kwic > 0} each hit shows its keyword-in-context lines instead of a snippet. */
  static void search(PrintWriter data, SearchResult r, int offset, boolean ansi, int kwic) {
    PrintWriter out = SafeText.wrap(data, false);
    long shownTo = offset + r.hits().size();
    out.printf(Locale.ROOT, "%,d article%s match%s", r.total(), r.total() == 1 ? "" : "s", r.total() == 1 ? "es" : "");
    if (!r.hits().isEmpty()) {
      out.printf(Locale.ROOT, " (showing %d-%d)", offset + 1, shownTo);
    }
    out.println();
    hitsAndFacets(out, r, offset, ansi, kwic);
  }

  /**
   * The result of {@code similar}: its total is the number of candidates (the articles that pass
   * the filters, the article itself excluded), not a number of matches, and the header says so.
   */
  static void similar(PrintWriter out, SearchResult r, boolean ansi) {
    out.printf(Locale.ROOT, "%s most similar of %,d candidate article%s (those that pass the filters)%n",
        r.hits().isEmpty() ? "none" : r.hits().size() == 1 ? "the" : "the " + r.hits().size(), r.total(),
        r.total() == 1 ? "" : "s");
    hitsAndFacets(out, r, 0, ansi, 0);
  }

  private static void hitsAndFacets(PrintWriter out, SearchResult r, int offset, boolean ansi, int kwic) {
    int n = offset;
    for (Hit h : r.hits()) {
      n++;
      out.println();
      out.printf(Locale.ROOT, "%3d. %-10s  %-12s %s%n", n, h.date() == null ? "undated" : h.date(), h.outlet(),
          clip(h.title(), TITLE_WIDTH));
      out.printf(Locale.ROOT, "     id %s%s%n", h.id(), Float.isNaN(h.score()) ? "" : String.format(Locale.ROOT, "  score %.3f", h.score()));
      if (!h.actors().isEmpty()) {
        out.println("     actors " + String.join(", ", h.actors()));
      }
      if (kwic > 0) {
        for (KwicLine k : h.kwic()) {
          out.println("     " + " ".repeat(kwic - k.left().length()) + k.left()
              + marks(ArticleSearcher.MARK_START + k.match() + ArticleSearcher.MARK_END, ansi) + k.right());
        }
      } else {
        out.println("     " + marks(clip(h.snippet().replaceAll("\\s+", " "), SNIPPET_WIDTH), ansi));
      }
    }
    for (Map.Entry<String, List<FacetValue>> f : r.facets().entrySet()) {
      out.println();
      out.println(f.getKey());
      int width = f.getValue().stream().mapToInt(v -> label(v).length()).max().orElse(0);
      for (FacetValue v : f.getValue()) {
        out.printf(Locale.ROOT, "  %-" + Math.max(1, width) + "s  %,8d%n", label(v), v.count());
      }
    }
    out.flush();
  }

  static void article(PrintWriter data, ArticleView a) {
    PrintWriter out = SafeText.wrap(data, false);
    out.println("id          " + a.id());
    out.println("date        " + (a.date() == null ? "undated" : a.date() + " (from " + a.dateSource() + ")"));
    out.println("outlet      " + a.outlet());
    out.println("lang        " + a.lang());
    out.println("title       " + a.title());
    out.println("actors      " + String.join(", ", a.actors()));
    if (a.url() != null) {
      out.println("url         " + a.url());
    }
    out.println("source      " + a.source());
    out.println();
    out.println(a.body());
    out.flush();
  }

  private static String label(FacetValue v) {
    return v.label() == null || v.label().equals(v.value()) ? v.value() : v.value() + " (" + v.label() + ")";
  }

  private static String marks(String s, boolean ansi) {
    return ansi ? s.replace(ArticleSearcher.MARK_START, BOLD).replace(ArticleSearcher.MARK_END, RESET) : s;
  }

  private static String clip(String s, int width) {
    if (s == null) {
      return "";
    }
    if (s.length() <= width) {
      return s;
    }
    int cut = s.lastIndexOf(' ', width - 1);
    String head = s.substring(0, cut > width / 2 ? cut : width - 1);
    // Never cut a highlight mark in half, or the rest of the line would be bold.
    if (head.lastIndexOf(ArticleSearcher.MARK_START) > head.lastIndexOf(ArticleSearcher.MARK_END)) {
      head = head + ArticleSearcher.MARK_END;
    }
    return head + "…";
  }
}
