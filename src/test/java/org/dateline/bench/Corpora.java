package org.dateline.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dateline.corpus.ArticleReader;
import org.dateline.corpus.ArticleSink;
import org.dateline.corpus.Formats;
import org.dateline.corpus.RawArticle;
import org.dateline.corpus.Rejection;
import org.dateline.corpus.SourceFile;
import org.dateline.TestPaths;
import org.dateline.extract.ActorMatcher;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.Article;
import org.dateline.extract.ArticleExtractor;

/** Minimal readers of the shared research corpora, for benchmarks only (read in place, never copied). */
final class Corpora {
  private Corpora() {}

  /** One text with gold spans: {@code [start, end)} character offsets and a type. */
  record Gold(String type, int start, int end) {}

  /** A document: key, text, its gold spans or tags, and the country facet indexing gives it (or empty). */
  record Doc(String key, String text, List<Gold> gold, List<String> tags, java.util.Set<String> country) {
    Doc(String key, String text, List<Gold> gold, List<String> tags) {
      this(key, text, gold, tags, java.util.Set.of());
    }
  }

  static String gunzip(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** CoNLL-2003: one document per DOCSTART, one sentence per line, gold entity spans from IOB1 tags. */
  static List<Doc> conll(Path file) throws IOException {
    List<Doc> docs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<Gold> gold = new ArrayList<>();
    String openType = null;
    int openStart = -1;
    int lastEnd = -1;
    for (String line : gunzip(file).split("\n", -1)) {
      if (line.startsWith("-DOCSTART-") || line.isBlank()) {
        if (openType != null) {
          gold.add(new Gold(openType, openStart, lastEnd));
          openType = null;
        }
        if (line.startsWith("-DOCSTART-") && !text.isEmpty()) {
          docs.add(new Doc("conll-" + docs.size(), text.toString(), gold, List.of()));
          text = new StringBuilder();
          gold = new ArrayList<>();
        } else if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
          text.append('\n');
        }
        continue;
      }
      String[] f = line.split(" ");
      String tag = f[f.length - 1];
      if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
        text.append(' ');
      }
      int start = text.length();
      text.append(f[0]);
      String type = tag.equals("O") ? null : tag.substring(2);
      if (openType != null && (type == null || !type.equals(openType) || tag.startsWith("B-"))) {
        gold.add(new Gold(openType, openStart, lastEnd));
        openType = null;
      }
      if (type != null && openType == null) {
        openType = type;
        openStart = start;
      }
      lastEnd = text.length();
    }
    if (!text.isEmpty()) {
      docs.add(new Doc("conll-" + docs.size(), text.toString(), gold, List.of()));
    }
    return docs;
  }

  /**
   * Reuters-21578 as {@code dateline index} reads it: every article the SGML reader accepts, put
   * through {@link ArticleExtractor} with {@code matcher}. The text is what the matcher saw (title,
   * line break, body with its dateline), the tags are the PLACES codes, and the country facet is the
   * one the index stores; the key is {@code reuters-NEWID}.
   */
  static List<Doc> reuters(Path dir) throws IOException {
    return reuters(dir, new ActorMatcher(ActorRegistry.load(TestPaths.shippedConfig())));
  }

  /** Reuters-21578 as {@link #reuters(Path)} reads it, with the actors of {@code matcher}. */
  static List<Doc> reuters(Path dir, ActorMatcher matcher) throws IOException {
    ArticleExtractor extractor = new ArticleExtractor(matcher, null);
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i <= 21; i++) {
      String name = String.format(java.util.Locale.ROOT, "reut2-%03d.sgm.gz", i);
      ArticleReader reader = Formats.forFile(name).orElseThrow();
      reader.read(new SourceFile(name, dir.resolve(name)), new ArticleSink() {
        @Override
        public void accept(RawArticle raw) {
          Article a = extractor.extract(raw);
          docs.add(new Doc("reuters-" + a.id().substring(a.id().indexOf('#') + 1), a.title() + "\n" + a.body(),
              List.of(), raw.tags().getOrDefault("places", List.of()), a.actors().country()));
        }

        @Override
        public void reject(Rejection rejection) {
          throw new IllegalStateException("Reuters-21578 has no malformed records: " + rejection);
        }
      });
    }
    return docs;
  }

  /** BRAT documents ({@code .txt} + {@code .ann}) inside a tar.gz whose path contains {@code folder}. */
  static List<Doc> brat(Path tarGz, java.util.function.Predicate<String> wanted) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(tarGz))) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
        String name = new String(header, 0, 100, StandardCharsets.UTF_8).replace("\0", "");
        String prefix = new String(header, 345, 155, StandardCharsets.UTF_8).replace("\0", "");
        long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").trim(), 8);
        byte[] data = in.readNBytes((int) size);
        in.readNBytes((int) ((512 - size % 512) % 512));
        String path = prefix.isEmpty() ? name : prefix + "/" + name;
        if (header[156] == '0' || header[156] == 0) {
          files.put(path, new String(data, StandardCharsets.UTF_8));
        }
      }
    }
    List<Doc> docs = new ArrayList<>();
    for (Map.Entry<String, String> e : files.entrySet()) {
      String path = e.getKey();
      if (!path.endsWith(".txt") || !wanted.test(path) || !files.containsKey(path.replaceAll("\\.txt$", ".ann"))) {
        continue;
      }
      List<Gold> gold = new ArrayList<>();
      for (String line : files.get(path.replaceAll("\\.txt$", ".ann")).split("\n")) {
        String[] f = line.split("\t");
        if (f.length < 2 || !f[0].startsWith("T")) {
          continue;
        }
        String[] g = (f.length > 3 && !f[1].contains(" ") ? f[1] + " " + f[2] + " " + f[3] : f[1]).split("[ ;]");
        gold.add(new Gold(g[0], Integer.parseInt(g[1]), Integer.parseInt(g[g.length - 1])));
      }
      docs.add(new Doc(path, e.getValue(), gold, List.of()));
    }
    return docs;
  }

  /** The ids of the ner-uk test split ({@code dev-test-split.txt}, after the line TEST). */
  static List<String> nerUkTestIds(Path tarGz) throws IOException {
    List<String> ids = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(tarGz))) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int t = all.indexOf("\nTEST\n");
      for (String line : all.substring(t + 6).split("\n")) {
        if (!line.matches("[0-9a-f]{12}")) {
          break;
        }
        ids.add(line);
      }
    }
    return ids;
  }

  /** Telegram posts (ru): key is file and message id; text is the post. */
  static List<Doc> telegram(Path dir, int maxFiles) throws IOException {
    List<Doc> docs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().limit(maxFiles).toList();
    }
    JsonFactory json = new JsonFactory();
    for (Path f : files) {
      try (JsonParser p = json.createParser(gunzip(f))) {
        String id = null;
        String text = null;
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.FIELD_NAME && p.currentName().equals("message_id")) {
            p.nextToken();
            id = p.getText();
          } else if (t == JsonToken.FIELD_NAME && p.currentName().equals("text")) {
            p.nextToken();
            text = p.getText();
          } else if (t == JsonToken.END_OBJECT && text != null) {
            docs.add(new Doc(f.getFileName() + "#" + id, text, List.of(), List.of()));
            text = null;
          }
        }
      }
    }
    return docs;
  }

  /** WarLine items: the Ukrainian description of each, keyed by item id. */
  static List<Doc> warlineUk(Path file) throws IOException {
    return warline(file, "description_uk");
  }

  /** WarLine items: one text field of each ({@code description_uk}, {@code description_en}, {@code headline}). */
  static List<Doc> warline(Path file, String textField) throws IOException {
    List<Doc> docs = new ArrayList<>();
    JsonFactory json = new JsonFactory();
    for (String line : gunzip(file).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      try (JsonParser p = json.createParser(line)) {
        String id = null;
        String text = null;
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.FIELD_NAME && (p.currentName().equals("id") || p.currentName().equals(textField))) {
            String field = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
              continue; // 101 items have no descriptions
            }
            if (field.equals("id")) {
              id = p.getText();
            } else {
              text = p.getText();
            }
          }
        }
        if (text != null && !text.isBlank()) {
          docs.add(new Doc(id, text, List.of(), List.of()));
        }
      }
    }
    return docs;
  }
}
