package org.dateline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpus configs load and validate; every error names the file, line and key. */
class CorpusConfigsTest {
  @TempDir Path dir;

  String error(String yaml) throws IOException {
    Path f = Files.createDirectories(dir.resolve("corpora")).resolve("bad.yaml");
    Files.writeString(f, yaml);
    return assertThrows(ConfigException.class, () -> CorpusConfigs.parse(f)).getMessage().replace(f.toString(), "bad.yaml");
  }

  @Test
  void everyShippedConfigLoads() {
    assertEquals(List.of("bbc-news", "euvsdisinfo", "reuters21578", "ruwa", "telegram-ru-news", "ukraina-ru-headlines",
        "warline-ua"), List.copyOf(CorpusConfigs.load(TestPaths.shippedConfig()).keySet()));
    CorpusConfig ruwa = CorpusConfigs.get(TestPaths.shippedConfig(), "ruwa");
    assertEquals("csv", ruwa.reader().format());
    assertEquals(List.of("title", "desc"), ruwa.reader().mapping().body());
    assertEquals(List.of("MM/dd/yyyy"), ruwa.dates().patterns());
    assertEquals(16545L, ruwa.expectedArticles());
  }

  @Test
  void errorsNameFileLineAndKey() throws IOException {
    assertEquals("bad.yaml:2: key formt: unknown key (known: dates, delimiter, description, expect, fields, format, lang, origin, "
        + "outlet, path, separator)", error("path: a.csv\nformt: csv\n"));
    assertEquals("bad.yaml:2: key format: 'xls' is not a format (known: text, jsonl, json, csv, tsv, sgml, html, warc)",
        error("path: a.csv\nformat: xls\n"));
    assertEquals("bad.yaml: key path: is required: the corpus's files or folders, relative to the corpus root", error("format: csv\n"));
    assertEquals("bad.yaml:4: key dates.zone: not a time zone: Unknown time-zone ID: Mars/Olympus",
        error("path: a\ndates:\n  from: [url]\n  zone: Mars/Olympus\n"));
    assertEquals("bad.yaml:3: key fields.titel: unknown key (known: body, date, id, lang, outlet, tags, title, url)",
        error("path: a\nfields:\n  titel: t\n"));
    assertEquals("bad.yaml:3: key dates.from: 'page' is not a date source (known: metadata, url, filename, dateline)",
        error("path: a\ndates:\n  from: [page]\n"));
  }
}
