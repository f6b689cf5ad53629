package org.dateline.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Seeded hostile files of every format a reader exists for: a valid sample of each (the format
 * fixtures of the contract tests, plus WARC, TSV, gzip, zip and tar.gz made here) mutated by bit
 * flips, byte runs, inserted syntax characters, splices, duplicated chunks and truncation, either
 * in the file's bytes or, for compressed ones, inside before compressing.
 */
public final class HostileFiles {
  /** A file to read: the name (its extension picks the reader) and its bytes. */
  public record Case(String name, byte[] bytes) {}

  private static final byte[][] SYNTAX = {bytes("\""), bytes("{"), bytes("}"), bytes("["), bytes("]"), bytes(","),
      bytes("\n"), bytes("\r"), bytes("\t"), bytes("<"), bytes(">"), bytes("</REUTERS>"), bytes("<REUTERS NEWID=\"9\">"),
      bytes("\\"), bytes("\\u"), bytes("\u0000"), new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF, (byte) 0xFE},
      bytes("WARC/1.0\r\n"), bytes("Content-Length: 99999999\r\n"), bytes("<!--"), bytes("&#x110000;"), bytes("&amp"),
      bytes("<script>"), bytes("]]>"), bytes("\"\"\""), bytes("\uFEFF")};

  private static final long FIXED_TIME = 1_700_000_000_000L;

  private final List<Case> seeds;
  private final Random random;

  /** Seeds from the fixtures in {@code resources} (src/test/resources), mutations from {@code seed}. */
  public HostileFiles(Path resources, long seed) throws IOException {
    this.random = new Random(seed);
    List<Case> s = new ArrayList<>();
    Path formats = resources.resolve("formats");
    for (String f : List.of("cases.csv", "channel.json", "news-please.jsonl", "page.html", "reuters.sgm")) {
      s.add(new Case(f, Files.readAllBytes(formats.resolve(f))));
    }
    s.add(new Case("a1.txt", Files.readAllBytes(resources.resolve("small/a1.txt"))));
    s.add(new Case("cases.tsv", bytes("id\ttitle\ttext\tdate\n1\tTalks\tTalks opened in Istanbul.\t2025-05-15\n"
        + "2\tGrain\t\"Grain deal\" extended\t2025-05-16\n")));
    s.add(new Case("crawl.warc", warc()));
    this.seeds = List.copyOf(s);
  }

  /** The next hostile file. */
  public Case next() throws IOException {
    Case seed = seeds.get(random.nextInt(seeds.size()));
    return switch (random.nextInt(8)) {
      case 0 -> new Case(seed.name() + ".gz", random.nextBoolean() ? gzip(mutate(seed.bytes())) : mutate(gzip(seed.bytes())));
      case 1 -> {
        byte[] zip = zip(seed.name(), mutate(seed.bytes()), seed.name(), seed.bytes());
        yield new Case("set.zip", random.nextBoolean() ? zip : mutate(zip));
      }
      case 2 -> {
        byte[] tar = gzip(tar(seed.name(), mutate(seed.bytes())));
        yield new Case("set.tar.gz", random.nextBoolean() ? tar : mutate(tar));
      }
      default -> new Case(seed.name(), mutate(seed.bytes()));
    };
  }

  /** {@code in} with 1 to 4 random mutations. */
  byte[] mutate(byte[] in) {
    byte[] b = in;
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      int at = b.length == 0 ? 0 : random.nextInt(b.length);
      b = switch (random.nextInt(7)) {
        case 0 -> flip(b, at);
        case 1 -> splice(b, at, SYNTAX[random.nextInt(SYNTAX.length)], 0);
        case 2 -> java.util.Arrays.copyOf(b, at); // truncated
        case 3 -> splice(b, at, randomBytes(1 + random.nextInt(64)), random.nextInt(8));
        case 4 -> splice(b, at, java.util.Arrays.copyOfRange(b, at, Math.min(b.length, at + random.nextInt(512))), 0);
        case 5 -> splice(b, at, new byte[0], random.nextInt(64)); // deleted run
        default -> splice(b, at, bytes("x".repeat(random.nextInt(3) == 0 ? 70_000 : 300)), 0);
      };
    }
    return b;
  }

  private byte[] flip(byte[] b, int at) {
    if (b.length == 0) {
      return b;
    }
    byte[] out = b.clone();
    out[at] ^= (byte) (1 << random.nextInt(8));
    return out;
  }

  private byte[] randomBytes(int n) {
    byte[] r = new byte[n];
    random.nextBytes(r);
    return r;
  }

  /** {@code b} with {@code removed} bytes at {@code at} replaced by {@code insert}. */
  private static byte[] splice(byte[] b, int at, byte[] insert, int removed) {
    int cut = Math.min(b.length, at + removed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
    out.write(b, 0, at);
    out.writeBytes(insert);
    out.write(b, cut, b.length - cut);
    return out.toByteArray();
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  static byte[] zip(String name1, byte[] b1, String name2, byte[] b2) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String[] e : new String[][] {{"a/" + name1, "1"}, {"b/" + name2, "2"}}) {
        ZipEntry entry = new ZipEntry(e[0]);
        entry.setTime(FIXED_TIME); // the same bytes in every run, so a seed always gives the same files
        z.putNextEntry(entry);
        z.write(e[1].equals("1") ? b1 : b2);
      }
    }
    return out.toByteArray();
  }

  static byte[] tar(String name, byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream t = new TarArchiveOutputStream(out)) {
      TarArchiveEntry e = new TarArchiveEntry("in/" + name);
      e.setModTime(FIXED_TIME);
      e.setSize(b.length);
      t.putArchiveEntry(e);
      t.write(b);
      t.closeArchiveEntry();
    }
    return out.toByteArray();
  }

  private static byte[] warc() {
    String html = "<html lang=\"en\"><head><title>Talks</title><meta property=\"article:published_time\" "
        + "content=\"2025-05-15T08:00:00Z\"></head><body><article><h1>Talks open</h1><p>Russia and Ukraine met in "
        + "Istanbul.</p></article></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + bytes(html).length
        + "\r\n\r\n" + html;
    String record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/talks\r\n"
        + "WARC-Date: 2025-05-15T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789012>\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + bytes(http).length + "\r\n\r\n" + http
        + "\r\n\r\n";
    return bytes(record + record.replace("talks", "talks2").replace("9012>", "9013>"));
  }
}
