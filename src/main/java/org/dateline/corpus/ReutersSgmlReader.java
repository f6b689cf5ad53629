package org.dateline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Reuters-21578 SGML ({@code .sgm}): one article per {@code <REUTERS>} element, parsed
 * leniently (SGML, not XML). Title from {@code <TITLE>}, text from {@code <BODY>} (or the whole
 * {@code <TEXT>} of briefs and unprocessed items) after the {@code <DATELINE>} as the wire printed it
 * ({@code NEW YORK, Feb 26 - Shares rose...}), the day from {@code <DATE>}
 * ({@code 26-FEB-1987 15:01:01.79}), and the editorial {@code <PLACES>}, {@code <PEOPLE>} and
 * {@code <ORGS>} lists as tags. Entities such as {@code &lt;} and {@code &#3;} are decoded and
 * control characters dropped. The id is the file name plus {@code NEWID} ({@code reut2-000.sgm#1});
 * a document without its end tag is rejected with its line.
 */
final class ReutersSgmlReader implements ArticleReader {
  private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern D = Pattern.compile("<D>(.*?)</D>", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|lt|gt|amp|quot|apos);");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("d-MMM-uuuu").toFormatter(Locale.ENGLISH);

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    // The collection is ASCII; ISO-8859-1 maps every byte, so no file is unreadable for its encoding.
    // Lines are split as bytes with a bound (LineReader): a 2 GB line costs its document, not the heap.
    try (InputStream raw = file.open()) {
      LineReader lines = new LineReader(raw, ReadLimits.MAX_RECORD_BYTES);
      StringBuilder doc = null;
      long startLine = 0;
      for (LineReader.Line l = lines.next(); l != null; l = lines.next()) {
        long lineNo = l.number();
        if (l.tooLong() || doc != null && doc.length() + l.length() > ReadLimits.MAX_RECORD_BYTES) {
          sink.reject(new Rejection(file.name(), "line " + (doc != null ? startLine : lineNo), "record-too-large",
              (doc != null ? "document" : "line of " + l.length() + " bytes") + " longer than the limit of "
              + ReadLimits.MAX_RECORD_BYTES + " bytes"));
          doc = null;
          continue;
        }
        String line = new String(l.bytes(), StandardCharsets.ISO_8859_1);
        if (line.startsWith("<REUTERS")) {
          if (doc != null) {
            sink.reject(new Rejection(file.name(), "line " + startLine, "malformed-sgml", "<REUTERS> without </REUTERS>"));
          }
          doc = new StringBuilder();
          startLine = lineNo;
        }
        if (doc == null) {
          continue;
        }
        doc.append(line).append('\n');
        if (line.contains("</REUTERS>")) {
          parse(doc.toString(), file.name(), "line " + startLine, sink);
          doc = null;
        }
      }
      if (doc != null) {
        sink.reject(new Rejection(file.name(), "line " + startLine, "malformed-sgml", "<REUTERS> without </REUTERS> at end of file"));
      }
    }
  }

  private static void parse(String doc, String source, String where, ArticleSink sink) {
    Matcher id = NEWID.matcher(doc);
    if (!id.find()) {
      sink.reject(new Rejection(source, where, "malformed-sgml", "<REUTERS> without a NEWID attribute"));
      return;
    }
    String title = text(element(doc, "TITLE"));
    String body = element(doc, "BODY");
    if (body == null) {
      String t = element(doc, "TEXT");
      body = t == null ? null : TAG.matcher(t).replaceAll(" ");
    } else {
      // The dateline names where the story was filed; it stays in the text, as on the wire, so that
      // the actor matcher sees it and a search finds it, instead of a field of its own.
      String dateline = text(element(doc, "DATELINE"));
      body = dateline == null || dateline.isEmpty() ? body : dateline + " " + body;
    }
    Map<String, List<String>> tags = new LinkedHashMap<>();
    for (String kind : List.of("PLACES", "PEOPLE", "ORGS")) {
      List<String> values = list(element(doc, kind));
      if (!values.isEmpty()) {
        tags.put(kind.toLowerCase(Locale.ROOT), values);
      }
    }
    String rawDate = text(element(doc, "DATE"));
    sink.accept(new RawArticle(source + "#" + id.group(1), title, body == null ? "" : text(body), day(rawDate),
        "metadata", null, null, "en", source, where, List.of(), tags));
  }

  /** The day of a Reuters date as {@code YYYY-MM-DD}, or the value as written when it is not one. */
  static String day(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    int space = v.indexOf(' ');
    try {
      return LocalDate.parse(space < 0 ? v : v.substring(0, space), DAY).toString();
    } catch (DateTimeParseException e) {
      return v;
    }
  }

  private static String element(String doc, String name) {
    int open = doc.indexOf("<" + name);
    if (open < 0) {
      return null;
    }
    int start = doc.indexOf('>', open);
    int close = doc.indexOf("</" + name + ">", start);
    return start < 0 || close < 0 ? null : doc.substring(start + 1, close);
  }

  private static List<String> list(String element) {
    List<String> out = new ArrayList<>();
    if (element != null) {
      Matcher m = D.matcher(element);
      while (m.find()) {
        out.add(text(m.group(1)));
      }
    }
    return out;
  }

  /** Decodes entities, drops control characters other than line breaks and tabs, trims. */
  static String text(String sgml) {
    if (sgml == null) {
      return null;
    }
    Matcher m = ENTITY.matcher(sgml);
    StringBuilder sb = new StringBuilder(sgml.length());
    while (m.find()) {
      String e = m.group(1);
      String r = switch (e) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "amp" -> "&";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> {
          int c = Integer.parseInt(e.substring(1));
          yield c < 32 && c != '\n' && c != '\t' || c > 0x10FFFF ? "" : new String(Character.toChars(c));
        }
      };
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return sb.toString().replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "").strip();
  }
}
