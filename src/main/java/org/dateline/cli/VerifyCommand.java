package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.extract.ActorRegistry;
import org.dateline.export.Manifest;
import org.dateline.export.ManifestJson;
import org.dateline.export.ManifestVerifier;
import org.dateline.export.Verification;
import org.dateline.search.ArticleSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline verify FILE.manifest.json}: is the export file unchanged, and would the same request give the same rows? */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check an export against its manifest: the file's checksum, the index, the registry and the rows (exit 0 same, 1 different).")
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "MANIFEST", description = "The FILE.manifest.json written by dateline export --output FILE.")
  Path manifestFile;

  @Override
  public Integer call() throws Exception {
    Manifest manifest = ManifestJson.read(manifestFile);
    // The manifest names the index it was made from; --index checks against another one.
    Path index = common.index != null ? common.index : Path.of(manifest.indexPath());
    ActorRegistry registry = common.registry();
    Verification v;
    try (ArticleSearcher searcher = ArticleSearcher.open(index, registry, common.outlets())) {
      v = ManifestVerifier.verify(manifest, manifestFile, searcher, registry.hash());
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Verification.Check c : v.checks()) {
      out.println(String.format(Locale.ROOT, "%-9s %-10s %s", c.name(), c.same() ? "same" : "different", c.detail()));
    }
    out.println(v.same() ? "verify: same" : "verify: different (" + String.join(", ", v.differences()) + ")");
    out.flush();
    return v.same() ? ExitCodes.OK : ExitCodes.DIFFERENT;
  }
}
