package org.dateline.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;

/**
 * Opens index folders, the one way every reader and writer of ours does. Two guards live here:
 * <ul>
 *   <li>Only Lucene's own files are listed. Lucene takes any file starting {@code segments_} for a
 *       commit and fails on {@code segments_9.csv} ("For input string"); a stray file in the
 *       folder is now invisible to it instead of making the index unreadable.
 *   <li>{@link #checkSchema} compares the commit's {@code dateline.schema} with the version this
 *       code writes ({@link ArticleFields#SCHEMA_VERSION}): a plain Lucene index or one of a newer
 *       Dateline is refused before anything is read or written ({@link IncompatibleIndexException},
 *       exit 78); an older one is refused for reading with the re-index that migrates it, and
 *       accepted by {@code dateline index}, which rewrites every article it reads, unless it is
 *       older than {@link ArticleFields#FIRST_NAMESPACED_IDS}, whose ids changed.
 * </ul>
 */
public final class IndexDirectory {
  /** Commit files ({@code segments_N}, {@code pending_segments_N}) with a base-36 generation and nothing after it. */
  private static final Pattern COMMIT_FILE = Pattern.compile("(pending_)?" + IndexFileNames.SEGMENTS + "_[0-9a-z]+");

  private IndexDirectory() {}

  /** The index folder {@code indexDir}, showing Lucene only its own files. */
  public static Directory open(Path indexDir) throws IOException {
    return new LuceneFilesOnly(FSDirectory.open(indexDir));
  }

  /** True when {@code name} is a file Lucene writes into an index folder. */
  static boolean lucenes(String name) {
    return COMMIT_FILE.matcher(name).matches() || name.equals(IndexWriter.WRITE_LOCK_NAME)
        || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches();
  }

  /** Checks the schema of the last commit in {@code dir} before a writer opens it; no commit yet is fine. */
  static void checkBeforeWriting(Path indexDir, Directory dir) throws IOException {
    if (DirectoryReader.indexExists(dir)) {
      checkSchema(indexDir, SegmentInfos.readLatestCommit(dir).getUserData(), true);
    }
  }

  /**
   * Throws {@link IncompatibleIndexException} unless an index whose last commit has {@code userData}
   * can be {@code written} (an older schema can: re-indexing migrates it) or read (only the current one).
   */
  public static void checkSchema(Path indexDir, Map<String, String> userData, boolean written) throws IncompatibleIndexException {
    String found = userData.get(ArticleFields.COMMIT_SCHEMA);
    int current = Integer.parseInt(ArticleFields.SCHEMA_VERSION);
    int version;
    try {
      version = found == null ? -1 : Integer.parseInt(found.strip());
    } catch (NumberFormatException e) {
      version = -1;
    }
    if (version < 1) {
      throw new IncompatibleIndexException(indexDir + " holds a Lucene index that Dateline did not write (no "
          + ArticleFields.COMMIT_SCHEMA + " in its last commit); give --index a new or empty folder");
    }
    if (version > current) {
      throw new IncompatibleIndexException(indexDir + " was written by a newer Dateline (index schema " + version
          + ", this version knows " + current + " and older); use that version, or build a new index with this one");
    }
    if (version < ArticleFields.FIRST_NAMESPACED_IDS) {
      throw new IncompatibleIndexException(indexDir + " has index schema " + version + ", whose ids are not yet unique"
          + " per corpus (schema " + ArticleFields.FIRST_NAMESPACED_IDS + " stores a source's own id as CORPUS/ID);"
          + " indexing into it would add every article again under its new id, so build a new index from its sources"
          + " (dateline index ... --index NEW) and remove the old one");
    }
    if (version < current && !written) {
      throw new IncompatibleIndexException(indexDir + " has index schema " + version + " and this version reads "
          + current + "; migrate it by indexing its sources again (dateline index PATH... or --corpus NAME, same"
          + " --index: every article read is rewritten), or build a new index");
    }
  }

  /** A directory that lists only Lucene's files, so that nothing else in the folder is taken for one. */
  private static final class LuceneFilesOnly extends FilterDirectory {
    LuceneFilesOnly(Directory in) {
      super(in);
    }

    @Override
    public String[] listAll() throws IOException {
      return Arrays.stream(in.listAll()).filter(IndexDirectory::lucenes).toArray(String[]::new);
    }
  }
}
