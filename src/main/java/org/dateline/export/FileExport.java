package org.dateline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.QuerySyntaxException;

/**
 * Exports into a file and writes its manifest beside it. The request is checked before the file is
 * created, and a half-written file is deleted, so a file on disk is always a whole export.
 *
 * @param searcher the open index
 * @param indexPath the index folder, as recorded in manifests
 * @param registryHash the hash of the actor registry in use
 * @param version the Dateline version, as recorded in manifests
 */
public record FileExport(ArticleSearcher searcher, Path indexPath, String registryHash, String version) {
  /** Writes every match of {@code request} to {@code file} and {@code file.manifest.json}; returns the manifest. */
  public Manifest write(ExportRequest request, Path file, ExportProgress progress) throws IOException, QuerySyntaxException {
    ArticleExporter exporter = new ArticleExporter(searcher.indexSearcher(), searcher.queries());
    exporter.count(request.filter()); // a bad query or actor fails here, before the file is created or truncated
    ExportResult result;
    try (OutputStream out = Files.newOutputStream(file)) {
      result = exporter.export(request, out, progress);
    } catch (IOException | QuerySyntaxException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    Manifest m = new Manifest(version, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        file.getFileName().toString(), request, indexPath.toAbsolutePath().normalize().toString(),
        IndexState.of(searcher.indexSearcher().getIndexReader()), registryHash, result.rows(), result.sha256());
    ManifestJson.write(m, Manifest.pathFor(file));
    return m;
  }
}
