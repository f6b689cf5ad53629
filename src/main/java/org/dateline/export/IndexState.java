package org.dateline.export;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.dateline.index.ArticleFields;

/**
 * What identifies the state of an index for a manifest: each commit raises the generation.
 *
 * @param generation the commit generation the export read
 * @param articles the number of articles in that commit
 * @param registryHash the actor registry hash the commit was built with, or null
 */
public record IndexState(long generation, long articles, String registryHash) {
  /** The state of the commit {@code reader} reads. */
  public static IndexState of(IndexReader reader) throws IOException {
    DirectoryReader dr = (DirectoryReader) reader;
    return new IndexState(dr.getIndexCommit().getGeneration(), dr.numDocs(),
        dr.getIndexCommit().getUserData().get(ArticleFields.COMMIT_REGISTRY_HASH));
  }
}
