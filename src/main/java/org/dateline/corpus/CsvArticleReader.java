package org.dateline.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV and TSV files with a header row (RFC 4180: quoted fields may hold delimiters, quotes
 * and line breaks), each row mapped to an article by the corpus's {@link FieldMapping}. UTF-8 by
 * default, UTF-16 when a byte-order mark says so; a UTF-8 BOM is dropped. A row with more or fewer
 * fields than the header is rejected ({@code ragged-row}); an unclosed quote, an undecodable byte
 * (at its true line, see {@link DecodingReader}) or a row over 16 MB rejects the rest of the file
 * from that line, keeping every row before. Without an id column, an
 * article's id is the file name plus its record number ({@code a.csv#12} for the 12th row).
 */
final class CsvArticleReader implements ArticleReader {
  private final FieldMapping mapping;
  private final char delimiter;

  CsvArticleReader(FieldMapping mapping, char delimiter) {
    this.mapping = mapping;
    this.delimiter = delimiter;
  }

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
        .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
    DecodingReader decoded;
    try (InputStream in = new BufferedInputStream(file.open());
        CSVParser parser = CSVParser.parse(decoded = reader(in), format)) {
      List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
      String missing = missingColumn(header);
      if (missing != null) {
        sink.reject(new Rejection(file.name(), "line 1", "missing-column", missing));
        return;
      }
      readRecords(file, parser, decoded, header, sink);
    } catch (IllegalArgumentException e) {
      sink.reject(new Rejection(file.name(), "line 1", "malformed-csv", "bad header: " + e.getMessage()));
    } catch (DecodingReader.Undecodable e) {
      sink.reject(new Rejection(file.name(), "line " + e.line, "invalid-encoding", "the header has " + e.getMessage()));
    } catch (DecodingReader.RecordTooLarge e) {
      sink.reject(new Rejection(file.name(), "line 1", "record-too-large", "the header is over "
          + ReadLimits.MAX_RECORD_BYTES / (1024 * 1024) + " MB"));
    } catch (CSVException e) {
      sink.reject(new Rejection(file.name(), "line 1", "malformed-csv", e.getMessage()));
    }
  }

  private void readRecords(SourceFile file, CSVParser parser, DecodingReader decoded, List<String> header, ArticleSink sink)
      throws IOException {
    Iterator<CSVRecord> it = parser.iterator();
    long n = 0;
    long lineAfter = parser.getCurrentLineNumber(); // the last line of the record before
    while (true) {
      CSVRecord r;
      decoded.recordStart();
      try {
        if (!it.hasNext()) {
          return;
        }
        r = it.next();
      } catch (UncheckedIOException e) {
        String where = "line " + (parser.getCurrentLineNumber() + 1);
        switch (e.getCause()) {
          case DecodingReader.Undecodable c -> sink.reject(new Rejection(file.name(), "line " + c.line, "invalid-encoding",
              c.getMessage() + "; the rest of the file after record " + n + " is skipped"));
          case DecodingReader.RecordTooLarge c -> sink.reject(new Rejection(file.name(), "line " + (lineAfter + 1), "record-too-large",
              "a record (row) over " + ReadLimits.MAX_RECORD_BYTES / (1024 * 1024) + " MB; the rest of the file after record "
              + n + " is skipped"));
          case CSVException c ->
              sink.reject(new Rejection(file.name(), where, "malformed-csv", c.getMessage() + "; the rest of the file after record " + n + " is skipped"));
          default -> throw e.getCause();
        }
        return;
      }
      n++;
      lineAfter = parser.getCurrentLineNumber();
      String where = "line " + lineAfter;
      if (r.size() != header.size()) {
        sink.reject(new Rejection(file.name(), where, "ragged-row",
            "row has " + r.size() + " fields, the header has " + header.size()));
        continue;
      }
      Map<String, List<String>> values = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        values.put(header.get(i), List.of(r.get(i)));
      }
      sink.accept(mapping.toArticle(values, file.name(), where, file.name() + "#" + n));
    }
  }

  /** Null when the header fits the mapping, else why not. */
  private String missingColumn(List<String> header) {
    if (mapping.explicit()) {
      List<String> absent = new ArrayList<>(mapping.fields());
      absent.removeAll(header);
      return absent.isEmpty() ? null : "column " + absent + " named in the corpus config is not in the header " + header;
    }
    boolean hasText = header.stream().anyMatch(h -> mapping.body().contains(h) || mapping.title().contains(h));
    return hasText ? null : "no text column: the header " + header + " has none of " + mapping.body() + " or "
        + mapping.title() + "; write a corpus config with a field mapping";
  }

  /** A strict decoder: UTF-16 when a BOM says so, else UTF-8 (a UTF-8 BOM is stripped from the header). */
  private static DecodingReader reader(InputStream in) throws IOException {
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    Charset cs = StandardCharsets.UTF_8;
    long offset = 2;
    if (b0 == 0xFE && b1 == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
    } else if (b0 == 0xFF && b1 == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
    } else {
      in.reset();
      offset = 0;
    }
    return new DecodingReader(in, cs, offset, ReadLimits.MAX_RECORD_BYTES);
  }
}
