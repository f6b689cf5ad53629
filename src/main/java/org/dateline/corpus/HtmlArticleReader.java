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
    Document doc;
    try (InputStream in = new BoundedInput(file.open(), ReadLimits.MAX_RECORD_BYTES)) {
      doc = Jsoup.parse(in, null, "");
    }
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

  /** Stops a page at a size limit, so a huge "page" cannot exhaust memory; the rest is not read. */
  static final class BoundedInput extends java.io.FilterInputStream {
    private long left;

    BoundedInput(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(buf, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
