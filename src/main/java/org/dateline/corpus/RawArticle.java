package org.dateline.corpus;

import java.util.List;
import java.util.Map;

/**
 * An article as a reader found it, before dates, titles and actors are worked out.
 *
 * @param id the source's own id, or null to derive one from {@code source} and {@code location}
 * @param title the source's title, or null
 * @param body the full text (may be empty when the record has a title or url)
 * @param date the publication date as written (or null), to be parsed by the extractor
 * @param dateSource where {@code date} came from (e.g. {@code header}, {@code prefix}, {@code metadata})
 * @param outlet the outlet as the source names it (the primary one), or null
 * @param url the article's address, or null
 * @param lang the language as the source states it, or null
 * @param source the source file's name as stored in the index (e.g. {@code corpus/a.txt})
 * @param location where in the file the record starts (e.g. {@code line 3}), or null for whole files
 * @param moreOutlets further outlets the source names for the same article, after {@code outlet}
 * @param tags editorial tags by kind ({@code places}, {@code people}, {@code orgs}), as given
 */
public record RawArticle(
    String id,
    String title,
    String body,
    String date,
    String dateSource,
    String outlet,
    String url,
    String lang,
    String source,
    String location,
    List<String> moreOutlets,
    Map<String, List<String>> tags) {

  /** Copies collections so the record stays immutable. */
  public RawArticle {
    moreOutlets = moreOutlets == null ? List.of() : List.copyOf(moreOutlets);
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }

  /** An article with one outlet and no tags. */
  public RawArticle(String id, String title, String body, String date, String dateSource, String outlet,
      String url, String lang, String source, String location) {
    this(id, title, body, date, dateSource, outlet, url, lang, source, location, List.of(), Map.of());
  }

  /** This article with another date and date source. */
  public RawArticle withDate(String newDate, String newDateSource) {
    return new RawArticle(id, title, body, newDate, newDateSource, outlet, url, lang, source, location,
        moreOutlets, tags);
  }

  /** This article with other outlets (the first is the primary one). */
  public RawArticle withOutlets(List<String> outlets) {
    return new RawArticle(id, title, body, date, dateSource, outlets.isEmpty() ? null : outlets.get(0), url, lang,
        source, location, outlets.size() > 1 ? outlets.subList(1, outlets.size()) : List.of(), tags);
  }

  /** This article with another id. */
  public RawArticle withId(String newId) {
    return new RawArticle(newId, title, body, date, dateSource, outlet, url, lang, source, location, moreOutlets,
        tags);
  }

  /** This article with another body. */
  public RawArticle withBody(String newBody) {
    return new RawArticle(id, title, newBody, date, dateSource, outlet, url, lang, source, location, moreOutlets,
        tags);
  }

  /** This article with a default language when the source states none. */
  public RawArticle withDefaultLang(String defaultLang) {
    if (defaultLang == null || lang != null && !lang.isBlank()) {
      return this;
    }
    return new RawArticle(id, title, body, date, dateSource, outlet, url, defaultLang, source, location,
        moreOutlets, tags);
  }

  /** Every outlet the source names, primary first. */
  public List<String> outlets() {
    if (outlet == null) {
      return moreOutlets;
    }
    java.util.ArrayList<String> all = new java.util.ArrayList<>(1 + moreOutlets.size());
    all.add(outlet);
    all.addAll(moreOutlets);
    return all;
  }

  /** Where the record is, for messages: {@code source} or {@code source:location}. */
  public String where() {
    return source + (location == null ? "" : ":" + location);
  }
}
