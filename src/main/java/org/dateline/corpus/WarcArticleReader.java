package org.dateline.corpus;

import java.io.IOException;
import java.io.InputStream;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC and WARC.gz web archives ({@code .warc}, {@code .warc.gz}) with jwarc, record by
 * record as a stream: every HTTP 200 response with an HTML payload is read as an article page by
 * {@link HtmlArticleReader} (the capture's target URL is its id unless the page names a canonical
 * one). Requests, metadata, redirects and non-HTML payloads are not articles and are passed over;
 * a response whose HTTP message does not parse is rejected with its record offset.
 */
final class WarcArticleReader implements ArticleReader {
  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    try (InputStream in = file.open(); WarcReader warc = new WarcReader(in)) {
      warc.setLenient(true);
      while (true) {
        long offset = warc.position();
        WarcRecord record;
        try {
          record = warc.next().orElse(null);
        } catch (ParsingException | IllegalArgumentException e) {
          // jwarc throws NumberFormatException for a header such as "Content-Length: xxx300" (found by fuzzing).
          sink.reject(new Rejection(file.name(), "byte " + offset, "malformed-warc", firstLine(e.getMessage())
              + "; the rest of the file is skipped"));
          return;
        }
        if (record == null) {
          return;
        }
        if (record instanceof WarcResponse response) {
          readResponse(file, response, "byte " + offset, sink);
        }
      }
    }
  }

  private static void readResponse(SourceFile file, WarcResponse response, String where, ArticleSink sink) {
    try {
      if (!response.contentType().base().equals(MediaType.HTTP) || response.http().status() != 200) {
        return;
      }
      MediaType type = response.http().contentType().base();
      if (!type.equals(MediaType.HTML.base()) && !type.subtype().equals("xhtml+xml")) {
        return;
      }
      Document doc = HtmlArticleReader.parseBounded(response.http().bodyDecoded().stream(), response.target());
      RawArticle a = HtmlArticleReader.parse(doc, response.target(), file.name(), where, response.target());
      if (a.body().isBlank()) {
        sink.reject(new Rejection(file.name(), where, "empty", "page " + response.target() + " has no article text"));
      } else {
        sink.accept(a);
      }
    } catch (CorpusIOException e) {
      sink.reject(new Rejection(file.name(), where, e.reason(), "response for " + response.target() + ": " + e.getMessage()));
    } catch (IOException | IllegalArgumentException e) {
      sink.reject(new Rejection(file.name(), where, "malformed-http", "response for " + response.target()
          + " does not parse: " + firstLine(e.getMessage())));
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable record";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
