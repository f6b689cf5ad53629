package org.dateline.corpus;

/**
 * An article as a reader found it, before dates, titles and actors are worked out.
 *
 * @param id the source's own id, or null to derive one from {@code source} and {@code location}
 * @param title the source's title, or null
 * @param body the full text
 * @param date the publication date as written (or null), to be parsed by the extractor
 * @param dateSource where {@code date} came from (e.g. {@code header}, {@code prefix})
 * @param outlet the outlet as the source names it, or null
 * @param url the article's address, or null
 * @param lang the language as the source states it, or null
 * @param source the source file's name as stored in the index (e.g. {@code corpus/a.txt})
 * @param location where in the file the record starts (e.g. {@code line 3}), or null for whole files
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
    String location) {}
