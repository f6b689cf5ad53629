package org.dateline.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.dateline.search.ArticleFilter;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.QueryFactory;
import org.dateline.search.QuerySyntaxException;

/**
 * Streams every article that matches a filter, in a stable order, to a {@link RowWriter}. Pages
 * through the matches with {@code searchAfter} (the last hit of one page starts the next), so
 * memory holds one page of hits however many match; ties are broken by id, so every article comes
 * exactly once and the order is the same on every run over the same index.
 */
public final class ArticleExporter {
  /**
   * Hits per page. A page of rows is held in memory (a 1M-row metadata export runs in a 256 MB
   * heap). Each page of a large export costs a pass over the stored fields of the whole span it
   * covers, articles' texts included (they are compressed together with the metadata), so fewer,
   * larger pages are much faster: a date-sorted metadata export of 1M articles with -Xmx256m took
   * 8.2-9.0 s of CPU with pages of 200,000 and 7.2-7.4 s with 250,000 (pages of 334,000 saved
   * more CPU but lost it again to garbage collection in that heap).
   */
  public static final int DEFAULT_PAGE_SIZE = 250_000;
  /** Hits per page when the text is exported, since texts can be long. */
  static final int TEXT_PAGE_SIZE = 2_000;

  private final IndexSearcher searcher;
  private final QueryFactory queries;
  private final int pageSize;

  /** Exports from {@code searcher}, building queries with {@code queries}. */
  public ArticleExporter(IndexSearcher searcher, QueryFactory queries) {
    this(searcher, queries, DEFAULT_PAGE_SIZE);
  }

  ArticleExporter(IndexSearcher searcher, QueryFactory queries, int pageSize) {
    this.searcher = searcher;
    this.queries = queries;
    this.pageSize = pageSize;
  }

  /** The number of articles {@code filter} matches: the number of rows an export writes. */
  public long count(ArticleFilter filter) throws IOException, QuerySyntaxException {
    return searcher.count(queries.build(filter));
  }

  /** Writes every match of {@code request} to {@code out}; returns the number of rows. */
  public long export(ExportRequest request, RowWriter out, ExportProgress progress)
      throws IOException, QuerySyntaxException {
    Query query = queries.build(request.filter());
    long total = searcher.count(query);
    Sort sort = ArticleSearcher.sort(request.sort());
    PageLoader loader = new PageLoader(searcher.getIndexReader(), request.fields());
    int pageSize = request.fields().contains(ExportField.TEXT) ? Math.min(this.pageSize, TEXT_PAGE_SIZE) : this.pageSize;
    out.begin();
    progress.update(0, total);
    long rows = 0;
    ScoreDoc after = null;
    while (true) {
      TopDocs page = searcher.searchAfter(after, query, pageSize, sort, false);
      ScoreDoc[] hits = page.scoreDocs;
      for (ExportRow row : loader.load(hits)) {
        out.write(row);
      }
      rows += hits.length;
      out.flush();
      progress.update(rows, total);
      if (hits.length < pageSize) {
        return rows;
      }
      after = hits[hits.length - 1];
    }
  }

  /** Writes every match of {@code request} to {@code out} as UTF-8, returning the rows and SHA-256 of the bytes. */
  public ExportResult export(ExportRequest request, OutputStream out, ExportProgress progress)
      throws IOException, QuerySyntaxException {
    MessageDigest sha = Checksums.newSha256();
    long rows;
    try (Writer w = new BufferedWriter(new OutputStreamWriter(
        new DigestOutputStream(new BufferedOutputStream(out, 1 << 16), sha), StandardCharsets.UTF_8), 1 << 16)) {
      rows = export(request, RowWriter.of(request.format(), request.fields(), w), progress);
    }
    return new ExportResult(rows, HexFormat.of().formatHex(sha.digest()));
  }

  /** The rows and SHA-256 an export of {@code request} would write now, without writing anything. */
  public ExportResult dryRun(ExportRequest request) throws IOException, QuerySyntaxException {
    return export(request, OutputStream.nullOutputStream(), ExportProgress.NONE);
  }
}
