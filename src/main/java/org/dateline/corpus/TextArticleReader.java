package org.dateline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article per plain-text file, in either of two layouts.
 *
 * <ul>
 *   <li>The date prefix: {@code " date 2025-05-15 High-stakes negotiations ..."}: optional white
 *       space, the word {@code date}, the date, then the body.
 *   <li>A header block of {@code key: value} lines ({@code title}, {@code date}, {@code outlet},
 *       {@code url}, {@code lang}, {@code id}) ended by a blank line, then the body. The block is
 *       recognised only when its first line has one of these keys; other keys in it are ignored.
 * </ul>
 *
 * Anything else is an undated article whose whole text is the body.
 */
public final class TextArticleReader implements ArticleReader {
  /** Header keys we read; the first header line must use one of them. */
  public static final Set<String> HEADER_KEYS = Set.of("title", "date", "outlet", "url", "lang", "id");

  private static final Pattern DATE_PREFIX = Pattern.compile("\\A\\s*date\\s+(\\S+)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*)");

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    byte[] bytes;
    try (InputStream in = file.open()) {
      // A text file is one article whose body is capped anyway: read no more than the cap needs.
      bytes = in.readNBytes(ReadLimits.MAX_TEXT_FILE_BYTES + 1);
    }
    if (bytes.length > ReadLimits.MAX_TEXT_FILE_BYTES) {
      int cut = ReadLimits.MAX_TEXT_FILE_BYTES;
      while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) {
        cut--; // never split a UTF-8 sequence
      }
      bytes = java.util.Arrays.copyOf(bytes, cut - (cut % 2)); // nor a UTF-16 unit
    }
    String text;
    try {
      text = TextDecoding.decode(bytes);
    } catch (CorpusException e) {
      sink.reject(e.toRejection(file.name()));
      return;
    }
    if (text.isBlank()) {
      sink.reject(new Rejection(file.name(), null, "empty", "file has no text"));
      return;
    }
    sink.accept(parse(text, file.name()));
  }

  /** Parses the text of one file named {@code source}. */
  static RawArticle parse(String text, String source) {
    Map<String, String> header = new HashMap<>();
    String body = header(text, header);
    String date = header.get("date");
    String dateSource = date == null ? null : "header";
    if (date == null) {
      Matcher m = DATE_PREFIX.matcher(body);
      if (m.lookingAt()) {
        date = m.group(1);
        dateSource = "prefix";
        body = body.substring(m.end());
      }
    }
    return new RawArticle(header.get("id"), header.get("title"), body.strip(), date, dateSource,
        header.get("outlet"), header.get("url"), header.get("lang"), source, null);
  }

  /** Fills {@code header} from a leading header block and returns the text after it. */
  private static String header(String text, Map<String, String> header) {
    int pos = 0;
    boolean first = true;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      String line = text.substring(pos, lineEnd).strip();
      if (line.isEmpty()) {
        return first ? text : text.substring(Math.min(text.length(), lineEnd + 1));
      }
      Matcher m = HEADER_LINE.matcher(line);
      if (!m.matches()) {
        return first ? text : text.substring(pos);
      }
      String key = m.group(1).toLowerCase(Locale.ROOT);
      if (first && !HEADER_KEYS.contains(key)) {
        return text;
      }
      if (HEADER_KEYS.contains(key) && !m.group(2).isBlank()) {
        header.putIfAbsent(key, m.group(2).strip());
      }
      first = false;
      pos = nl < 0 ? text.length() : nl + 1;
    }
    return "";
  }
}
