package org.dateline.serve;

import java.io.Closeable;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;
import org.dateline.export.ExportRequest;
import org.dateline.search.ArticleFilter;
import org.dateline.search.CooccurrenceRequest;
import org.dateline.search.SearchRequest;
import org.dateline.search.TimelineRequest;

/**
 * What the server needs from the library, each answer already in the CLI's JSON format. Every
 * call runs under its own deadline and reads one consistent commit of the index.
 */
public interface Backend extends Closeable {
  /** {@code dateline search --format json}. */
  byte[] search(SearchRequest request, Duration limit) throws Exception;

  /** {@code dateline show --format json}, or empty for an unknown id. */
  Optional<byte[]> article(String id) throws Exception;

  /** {@code dateline similar --format json}, or empty for an unknown id. */
  Optional<byte[]> similar(String id, SearchRequest request, Duration limit) throws Exception;

  /** {@code dateline timeline --format json}. */
  byte[] timeline(TimelineRequest request, Duration limit) throws Exception;

  /** {@code dateline cooccur --format json}. */
  byte[] cooccur(CooccurrenceRequest request, Duration limit) throws Exception;

  /** The notice to show when the query text ran as plain words, or null. */
  String notice(ArticleFilter filter) throws Exception;

  /**
   * An export about to be streamed: its row count and manifest, fixed before the first byte. It
   * holds one commit of the index until written or closed.
   */
  interface Export extends AutoCloseable {
    /** The rows the stream will hold. */
    long rows();

    /** The manifest fields known before the rows are written (no checksum), as one line of JSON. */
    String manifestHeader();

    /** Writes every row to {@code out}, then lets go of the commit. */
    void writeTo(OutputStream out) throws Exception;

    /** Lets go of the commit without writing (a HEAD request). */
    @Override
    void close();
  }

  /** Prepares {@code request} (checking it) on one commit of the index. */
  Export export(ExportRequest request) throws Exception;

  /** The full manifest (with rows and SHA-256) an export of {@code request} with file name {@code file} would have now. */
  byte[] manifest(ExportRequest request, String file) throws Exception;

  /** {@code /api/info}: article count, generation, date range, corpora, registry, version. */
  byte[] info() throws Exception;

  /** Actors whose id, name or any alias contains {@code text} (case and accents folded), as JSON. */
  byte[] actors(String text, int limit) throws Exception;
}
