package org.dateline.export;

import java.nio.file.Path;
import org.dateline.search.ArticleFilter;

/**
 * What produced an export file, written beside it as {@code FILE.manifest.json}, so that the file
 * can be checked and re-made later.
 *
 * @param datelineVersion the Dateline version that wrote the file
 * @param created when, as an ISO-8601 UTC instant
 * @param file the export file's name, in the manifest's folder
 * @param request the filter, sort, fields and format
 * @param indexPath the index folder, absolute
 * @param index the state of the index that was read
 * @param registryHash the hash of the actor registry used to resolve actor names
 * @param rows the number of rows written
 * @param sha256 the SHA-256 of the file, lower-case hex
 */
public record Manifest(String datelineVersion, String created, String file, ExportRequest request, String indexPath,
    IndexState index, String registryHash, long rows, String sha256) {
  /** The manifest format's version, raised when a field changes meaning. */
  public static final int FORMAT_VERSION = 1;
  /** What is appended to the export file's name to name its manifest. */
  public static final String SUFFIX = ".manifest.json";

  /** Where the manifest of {@code exportFile} goes. */
  public static Path pathFor(Path exportFile) {
    return exportFile.resolveSibling(exportFile.getFileName() + SUFFIX);
  }

  /** The export file this manifest describes, given where the manifest is. */
  public Path filePath(Path manifestFile) {
    return manifestFile.toAbsolutePath().resolveSibling(file);
  }

  /** The filter of the request. */
  public ArticleFilter filter() {
    return request.filter();
  }
}
