package org.dateline.export;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;

/**
 * Loads the rows of one page of hits. Stored fields are compressed in blocks of many articles, and
 * a plain read decompresses the block again for every article; so we read the page in document
 * order through Lucene's sequential ("merge") reader, which decompresses each block once, and put
 * the rows back in page order. This is what makes an export of metadata about 2x faster than
 * reading hit by hit (Elasticsearch's fetch phase does the same for dense hits).
 */
final class PageLoader {
  private final List<LeafReaderContext> leaves;
  private final RowLoader rows;

  PageLoader(IndexReader reader, List<ExportField> fields) {
    this.leaves = reader.leaves();
    this.rows = new RowLoader(fields);
  }

  /** The rows of {@code hits}, in the order of {@code hits}. */
  ExportRow[] load(ScoreDoc[] hits) throws IOException {
    long[] byDoc = new long[hits.length];
    for (int i = 0; i < hits.length; i++) {
      byDoc[i] = ((long) hits[i].doc << 32) | i; // sort by doc id, remember the page position
    }
    Arrays.sort(byDoc);
    ExportRow[] out = new ExportRow[hits.length];
    int leafIndex = -1;
    StoredFields stored = null;
    int docBase = 0;
    for (long packed : byDoc) {
      int doc = (int) (packed >>> 32);
      int leaf = ReaderUtil.subIndex(doc, leaves);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        docBase = leaves.get(leaf).docBase;
        stored = sequential(leaves.get(leaf).reader());
      }
      out[(int) packed] = rows.load(stored, doc - docBase);
    }
    return out;
  }

  private static StoredFields sequential(LeafReader reader) throws IOException {
    // A new merge instance per page and leaf: it must stay in this thread and holds one block.
    return reader instanceof CodecReader codec ? codec.getFieldsReader().getMergeInstance() : reader.storedFields();
  }
}
