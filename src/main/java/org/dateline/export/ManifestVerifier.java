package org.dateline.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.QuerySyntaxException;
import org.dateline.search.SortOrder;
import org.dateline.export.Verification.Check;

/**
 * Checks a manifest: is the file unchanged (SHA-256), has the index or the actor registry changed
 * since, and does the same request now give the same rows (re-run without writing, compared by
 * row count and SHA-256 of the bytes it would write).
 */
public final class ManifestVerifier {
  private ManifestVerifier() {}

  /**
   * Verifies {@code m}, read from {@code manifestFile}, against the index open in {@code searcher}
   * and the registry whose hash is {@code registryHash}.
   */
  public static Verification verify(Manifest m, Path manifestFile, ArticleSearcher searcher, String registryHash)
      throws IOException, QuerySyntaxException {
    List<Check> checks = new ArrayList<>();
    checks.add(file(m, m.filePath(manifestFile)));
    checks.add(index(m.index(), IndexState.of(searcher.indexSearcher().getIndexReader())));
    checks.add(Objects.equals(m.registryHash(), registryHash)
        ? new Check("registry", true, "actor registry " + shortHash(registryHash))
        : new Check("registry", false, "actor registry " + shortHash(m.registryHash()) + " -> " + shortHash(registryHash)));
    ExportResult now = new ArticleExporter(searcher.indexSearcher(), searcher.queries()).dryRun(m.request());
    String rows = String.format(Locale.ROOT, "%,d rows", m.rows());
    if (now.sha256().equals(m.sha256())) {
      checks.add(new Check("rows", true, "the request gives the same " + rows + " again"));
    } else if (now.rows() != m.rows()) {
      checks.add(new Check("rows", false, String.format(Locale.ROOT, "the request gave %s, now %,d", rows, now.rows())));
    } else {
      checks.add(new Check("rows", false, "the request gives " + rows + " again, but not the same rows"
          + (m.request().sort() == SortOrder.RELEVANCE ? " (or not in the same relevance order)" : "")));
    }
    return new Verification(checks);
  }

  private static Check file(Manifest m, Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return new Check("file", false, file + " is missing");
    }
    String sha = Checksums.sha256(file);
    return sha.equals(m.sha256())
        ? new Check("file", true, file + " has the recorded SHA-256 " + shortHash(sha))
        : new Check("file", false, file + " was modified: SHA-256 " + shortHash(m.sha256()) + " -> " + shortHash(sha));
  }

  private static Check index(IndexState then, IndexState now) {
    String desc = String.format(Locale.ROOT, "generation %d, %,d articles", then.generation(), then.articles());
    if (then.equals(now)) {
      return new Check("index", true, desc);
    }
    StringBuilder sb = new StringBuilder();
    if (then.generation() != now.generation()) {
      sb.append(String.format(Locale.ROOT, "generation %d -> %d", then.generation(), now.generation()));
    }
    if (then.articles() != now.articles()) {
      sb.append(sb.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%,d -> %,d articles", then.articles(), now.articles()));
    }
    if (!Objects.equals(then.registryHash(), now.registryHash())) {
      sb.append(sb.isEmpty() ? "" : ", ").append("built with registry ").append(shortHash(then.registryHash()))
          .append(" -> ").append(shortHash(now.registryHash()));
    }
    return new Check("index", false, "changed: " + sb);
  }

  private static String shortHash(String hash) {
    return hash == null ? "none" : hash.substring(0, Math.min(12, hash.length()));
  }
}
