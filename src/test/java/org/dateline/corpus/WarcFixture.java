package org.dateline.corpus;

import java.nio.charset.StandardCharsets;

/** Writes small WARC records for tests, with exact Content-Length values. */
final class WarcFixture {
  private WarcFixture() {}

  /** A response record: HTML when {@code html} is given, else a CSS payload. */
  static String response(String url, String html) {
    String body = html != null ? html : "body { color: red }";
    String type = html != null ? "text/html; charset=utf-8" : "text/css";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    return record("response", url, "application/http; msgtype=response", http);
  }

  /** A request record (not an article). */
  static String request(String url) {
    return record("request", url, "application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n");
  }

  private static String record(String type, String url, String contentType, String block) {
    int len = block.getBytes(StandardCharsets.UTF_8).length;
    return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: 2025-05-15T10:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes((type + url).getBytes(StandardCharsets.UTF_8))
        + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + len + "\r\n\r\n" + block + "\r\n\r\n";
  }
}
