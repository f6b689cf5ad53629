package org.dateline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.QuerySyntaxException;

/**
 * Exports into a file and writes its manifest beside it. The request is checked before anything is
 * written; the rows and then the manifest go to temporary files that replace the previous export
 * only once each is whole ({@link ReplacingFile}), the manifest last, so a failed or killed export
 * leaves the previous file and manifest as they were. A path inside the index folder is refused.
 *
 * @param searcher the open index
 * @param indexPath the index folder, as recorded in manifests
 * @param registryHash the hash of the actor registry in use
 * @param version the Dateline version, as recorded in manifests
 */
public record FileExport(ArticleSearcher searcher, Path indexPath, String registryHash, String version) {
  /** Writes every match of {@code request} to {@code file} and {@code file.manifest.json}; returns the manifest. */
  public Manifest write(ExportRequest request, Path file, ExportProgress progress) throws IOException, QuerySyntaxException {
    return write(request, file, progress, UnaryOperator.identity());
  }

  /** As {@link #write(ExportRequest, Path, ExportProgress)}, with {@code disk} wrapping each file's stream (for tests). */
  Manifest write(ExportRequest request, Path file, ExportProgress progress, UnaryOperator<OutputStream> disk)
      throws IOException, QuerySyntaxException {
    ArticleExporter exporter = new ArticleExporter(searcher.indexSearcher(), searcher.queries());
    ReplacingFile.requireOutside(file, indexPath);
    ReplacingFile.requireOutside(Manifest.pathFor(file), indexPath);
    exporter.count(request.filter()); // a bad query or actor fails here, before any file is created
    try (ReplacingFile rows = ReplacingFile.open(file, indexPath, disk)) {
      ExportResult result = exporter.export(request, rows.stream(), progress);
      Manifest m = new Manifest(version, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
          file.getFileName().toString(), request, indexPath.toAbsolutePath().normalize().toString(),
          IndexState.of(searcher.indexSearcher().getIndexReader()), registryHash, result.rows(), result.sha256());
      try (ReplacingFile manifest = ReplacingFile.open(Manifest.pathFor(file), indexPath, disk)) {
        ManifestJson.write(m, manifest.stream());
        rows.commit();
        manifest.commit();
      }
      return m;
    }
  }
}
