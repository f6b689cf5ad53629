package org.dateline.solr;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;
import org.dateline.extract.Article;
import org.dateline.index.ArticleFields;
import org.dateline.index.IngestFields;

/**
 * Turns an article into the Solr document the collection stores: the Lucene document {@link
 * ArticleFields#toDocument} builds for the local index, field by field, so both backends hold the
 * same fields and values (Lucene's internal facet fields, named {@code $...}, are left out: Solr
 * counts facets from the keyword fields' doc values).
 */
public final class SolrDocuments {
  private SolrDocuments() {}

  /** The Solr document for {@code article}, with what the ingest adds and the hash of its inputs. */
  public static SolrInputDocument of(Article article, IngestFields extras, long hash) throws IOException {
    return of(ArticleFields.toDocument(article, extras, hash, ArticleFields.facetsConfig()));
  }

  /** The Solr document holding the fields of a built Lucene document. */
  static SolrInputDocument of(Document doc) {
    SolrInputDocument out = new SolrInputDocument();
    for (IndexableField f : doc) {
      if (f.name().startsWith("$")) {
        continue;
      }
      Object value = f.numericValue() != null ? f.numericValue() : f.stringValue();
      if (value != null) {
        out.addField(f.name(), value);
      }
    }
    return out;
  }
}
