package org.dateline.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Which articles a command works on: a query and filters, shared by search, export and the
 * analytics commands so that they always agree on what matches.
 *
 * @param query Lucene classic syntax over title and body; null or blank for all articles
 * @param from first publication day to include, or null
 * @param to last publication day to include, or null
 * @param actors actor ids or aliases that must all be named
 * @param outlets outlets of which any may match
 * @param langs language codes of which any may match
 * @param corpora corpus names of which any may match
 * @param mode how the query text is read (syntax, fallback, default operator)
 */
public record ArticleFilter(String query, LocalDate from, LocalDate to, List<String> actors, List<String> outlets,
    List<String> langs, List<String> corpora, QueryMode mode) {

  /** Copies lists so the record stays immutable. */
  public ArticleFilter {
    actors = List.copyOf(actors);
    outlets = List.copyOf(outlets);
    langs = List.copyOf(langs);
    corpora = List.copyOf(corpora);
    Objects.requireNonNull(mode, "mode");
  }

  /** A filter of every corpus. */
  public ArticleFilter(String query, LocalDate from, LocalDate to, List<String> actors, List<String> outlets,
      List<String> langs, QueryMode mode) {
    this(query, from, to, actors, outlets, langs, List.of(), mode);
  }

  /** A filter without language selection, reading the query in the default mode. */
  public ArticleFilter(String query, LocalDate from, LocalDate to, List<String> actors, List<String> outlets) {
    this(query, from, to, actors, outlets, List.of(), QueryMode.DEFAULT);
  }

  /** Every article. */
  public static ArticleFilter all() {
    return new ArticleFilter(null, null, null, List.of(), List.of());
  }

  /** Articles matching {@code query}, no other filter. */
  public static ArticleFilter query(String query) {
    return new ArticleFilter(query, null, null, List.of(), List.of());
  }

  /** True when there is query text (not only filters). */
  public boolean hasQuery() {
    return query != null && !query.isBlank();
  }

  /** This filter with other query text. */
  public ArticleFilter withQuery(String text) {
    return new ArticleFilter(text, from, to, actors, outlets, langs, corpora, mode);
  }

  /** This filter restricted to {@code names} (any may match); the same filter when empty. */
  public ArticleFilter withCorpora(List<String> names) {
    return new ArticleFilter(query, from, to, actors, outlets, langs, names, mode);
  }
}
