package org.dateline.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which fields (JSON keys, CSV columns) of a record make up an article. Each target lists source
 * fields: {@code id} joins all present ones with {@code /} (a composite key), {@code body} joins
 * all present ones with a blank line, {@code outlet} and each tag take every value of every listed
 * field (split by {@code separator} when set), and the rest take the first non-empty one.
 *
 * @param id fields whose values form the source's own id; none present: path + record number
 * @param title title fields
 * @param body text fields
 * @param date date fields
 * @param url address fields
 * @param outlet outlet fields; the first value is the primary outlet
 * @param lang language fields
 * @param tags editorial tag kinds ({@code places}, {@code people}, {@code orgs}) to fields
 * @param separator splits multi-valued outlet and tag cells (e.g. {@code +}), or null
 * @param explicit true when a corpus config gave this mapping (then every named CSV column must exist)
 */
public record FieldMapping(
    List<String> id,
    List<String> title,
    List<String> body,
    List<String> date,
    List<String> url,
    List<String> outlet,
    List<String> lang,
    Map<String, List<String>> tags,
    String separator,
    boolean explicit) {

  /**
   * The mapping used when no corpus config names one: the fields of news-please ({@code title},
   * {@code maintext}, {@code date_publish}, {@code source_domain}, {@code url}, {@code language}),
   * newspaper-style scrapers ({@code text}, {@code publish_date}) and common plain names.
   */
  public static final FieldMapping DEFAULT = new FieldMapping(
      List.of("id"),
      List.of("title", "headline"),
      List.of("maintext", "text", "body", "content"),
      List.of("date_publish", "publish_date", "date", "published", "datePublished", "pubdate"),
      List.of("url", "link"),
      List.of("source_domain", "outlet", "source", "site", "channel"),
      List.of("language", "lang"),
      Map.of(),
      null,
      false);

  /** Copies collections so the record stays immutable. */
  public FieldMapping {
    id = List.copyOf(id);
    title = List.copyOf(title);
    body = List.copyOf(body);
    date = List.copyOf(date);
    url = List.copyOf(url);
    outlet = List.copyOf(outlet);
    lang = List.copyOf(lang);
    tags = Map.copyOf(tags);
  }

  /** Every source field this mapping names, in a stable order. */
  public List<String> fields() {
    List<String> all = new ArrayList<>();
    for (List<String> l : List.of(id, title, body, date, url, outlet, lang)) {
      all.addAll(l);
    }
    tags.values().forEach(all::addAll);
    return all.stream().distinct().toList();
  }

  /**
   * The article in {@code record} (field name to its values).
   *
   * @param fallbackId the id when no id field is present: path + record number
   */
  public RawArticle toArticle(Map<String, List<String>> record, String source, String location, String fallbackId) {
    String ownId = join(record, id, "/");
    List<String> outlets = all(record, outlet);
    Map<String, List<String>> tagValues = new LinkedHashMap<>();
    tags.forEach((kind, fields) -> {
      List<String> v = all(record, fields);
      if (!v.isEmpty()) {
        tagValues.put(kind, v);
      }
    });
    return new RawArticle(ownId == null ? fallbackId : ownId, first(record, title), orEmpty(join(record, body, "\n\n")),
        first(record, date), "metadata", outlets.isEmpty() ? null : outlets.get(0), first(record, url),
        first(record, lang), source, location, outlets.size() > 1 ? outlets.subList(1, outlets.size()) : List.of(),
        tagValues);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String first(Map<String, List<String>> record, List<String> fields) {
    for (String f : fields) {
      for (String v : record.getOrDefault(f, List.of())) {
        if (v != null && !v.isBlank()) {
          return v.strip();
        }
      }
    }
    return null;
  }

  private static String join(Map<String, List<String>> record, List<String> fields, String glue) {
    StringBuilder sb = new StringBuilder();
    for (String f : fields) {
      for (String v : record.getOrDefault(f, List.of())) {
        if (v != null && !v.isBlank()) {
          if (!sb.isEmpty()) {
            sb.append(glue);
          }
          sb.append(v.strip());
        }
      }
    }
    return sb.isEmpty() ? null : sb.toString();
  }

  private List<String> all(Map<String, List<String>> record, List<String> fields) {
    List<String> out = new ArrayList<>();
    for (String f : fields) {
      for (String v : record.getOrDefault(f, List.of())) {
        if (v == null) {
          continue;
        }
        for (String part : separator == null ? new String[] {v} : v.split(java.util.regex.Pattern.quote(separator))) {
          if (!part.isBlank() && !out.contains(part.strip())) {
            out.add(part.strip());
          }
        }
      }
    }
    return out;
  }
}
