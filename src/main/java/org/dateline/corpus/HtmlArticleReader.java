package org.dateline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads one article per HTML page ({@code .html}, {@code .htm}) with jsoup, which parses real-world
 * markup leniently and detects the charset. Title from {@code og:title}, else {@code <title>}, else
 * the first {@code <h1>}; text from {@code <article>} (else {@code <main>}, else {@code <body>})
 * without navigation, headers, footers, asides, scripts or forms, one paragraph per block; the
 * publication date from {@code article:published_time}, JSON-LD {@code datePublished} or the first
 * {@code <time datetime>}; the outlet from {@code og:site_name}, else the host of the page's URL;
 * the URL from {@code og:url} or {@code <link rel=canonical>}; the language from {@code <html lang>}.
 */
final class HtmlArticleReader implements ArticleReader {
  private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  private static final String BOILERPLATE = "nav, header, footer, aside, script, style, noscript, form, figure figcaption, "
      + "[role=navigation], [aria-hidden=true], .advert, .ad, .share, .related";

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    Document doc = parseBounded(file.open(), null);
    RawArticle a = parse(doc, null, file.name(), null, file.name());
    if (a.body().isBlank() && (a.title() == null || a.title().isBlank())) {
      sink.reject(new Rejection(file.name(), null, "empty", "page has no article text"));
      return;
    }
    sink.accept(a);
  }

  /**
   * The article in a parsed page.
   *
   * @param pageUrl the address the page was fetched from (from a WARC record), or null
   * @param id the id to give it, or null for the page's URL, else {@code fallbackId}
   */
  static RawArticle parse(Document doc, String pageUrl, String source, String location, String fallbackId) {
    String url = first(meta(doc, "og:url"), attr(doc, "link[rel=canonical]", "href"), pageUrl);
    String title = first(meta(doc, "og:title"), doc.title(), text(doc.selectFirst("h1")));
    String date = first(meta(doc, "article:published_time"), jsonLdDate(doc), attr(doc, "time[datetime]", "datetime"),
        meta(doc, "date"), meta(doc, "pubdate"));
    String outlet = first(meta(doc, "og:site_name"), host(url));
    String lang = first(attr(doc, "html[lang]", "lang"), null);
    String body = body(doc);
    String id = url != null ? url : fallbackId;
    return new RawArticle(id, title, body, date, "metadata", outlet, url, lang == null ? null : lang.toLowerCase(Locale.ROOT),
        source, location, List.of(), Map.of());
  }

  private static String body(Document doc) {
    Element root = first(doc.selectFirst("article"), doc.selectFirst("main"), doc.body());
    if (root == null) {
      return "";
    }
    root = root.clone();
    root.select(BOILERPLATE).remove();
    Elements blocks = root.select("p, h2, h3, h4, li, blockquote");
    if (blocks.isEmpty()) {
      return root.text();
    }
    StringBuilder sb = new StringBuilder();
    for (Element b : blocks) {
      String t = b.ownText().isBlank() && !b.children().isEmpty() && b.is("li, blockquote") ? "" : b.text();
      if (!t.isBlank()) {
        sb.append(sb.isEmpty() ? "" : "\n\n").append(t.strip());
      }
    }
    return sb.toString();
  }

  private static String jsonLdDate(Document doc) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(s.data());
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static String meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    return e == null ? null : e.attr("content");
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.attr(attr);
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  /** The host of {@code url} without {@code www.}, or null. */
  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null && !(v instanceof String s && s.isBlank())) {
        return v;
      }
    }
    return null;
  }

  /**
   * Parses a page within bounds: over {@link ReadLimits#MAX_RECORD_BYTES} bytes, or over
   * {@link ReadLimits#MAX_HTML_TAGS} tags (counted as {@code <}), the page is rejected
   * ({@code record-too-large}) while it is read, before jsoup builds a tree of it. Bytes alone are
   * not enough: 6 MB of unclosed {@code <b>} tags made jsoup hold millions of elements and run out
   * of a 256 MB heap. jsoup's own nesting limit keeps the tree's depth bounded.
   */
  static Document parseBounded(InputStream in, String baseUri) throws IOException {
    try (InputStream page = new PageGuard(in)) {
      return Jsoup.parse(page, null, baseUri == null ? "" : baseUri);
    }
  }

  /** Counts the bytes and tag openings of a page as jsoup reads it, and fails past the limits. */
  private static final class PageGuard extends java.io.FilterInputStream {
    private long bytes;
    private long tags;

    PageGuard(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      for (int i = off; i < off + n; i++) {
        if (buf[i] == '<') {
          tags++;
        }
      }
      bytes += Math.max(n, 0);
      if (bytes > ReadLimits.MAX_RECORD_BYTES) {
        throw new CorpusIOException("record-too-large", "page longer than the limit of " + ReadLimits.MAX_RECORD_BYTES + " bytes");
      }
      if (tags > ReadLimits.MAX_HTML_TAGS) {
        throw new CorpusIOException("record-too-large", "page with over " + ReadLimits.MAX_HTML_TAGS
            + " tags (the limit; a news page has a few thousand)");
      }
      return n;
    }
  }
}
