package org.dateline.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.config.CorpusConfig;
import org.dateline.corpus.CorpusWalker;
import org.dateline.corpus.ReaderSettings;
import org.dateline.extract.DateRules;

/**
 * One corpus to ingest: its files and how to read and normalise them.
 *
 * @param corpus the corpus name stored with each article (a config's name, or the root's own name)
 * @param roots files and folders to read
 * @param reader format, field mapping and delimiter
 * @param dates where dates come from
 * @param defaultOutlet the outlet of articles whose record names none, or null
 * @param defaultLang the language of articles whose record states none, or null to guess
 * @param settings a fingerprint of everything above that shapes articles, part of each content hash
 */
public record IngestSource(String corpus, List<CorpusWalker.Root> roots, ReaderSettings reader, DateRules dates,
    String defaultOutlet, String defaultLang, String settings) {

  /** Copies the list so the record stays immutable. */
  public IngestSource {
    roots = List.copyOf(roots);
  }

  /** A path given on the command line, read with formats by extension; the corpus is named after it. */
  public static IngestSource ofPath(Path path, String defaultOutlet) {
    CorpusWalker.Root root = CorpusWalker.Root.of(path);
    return new IngestSource(root.name(), List.of(root), ReaderSettings.DEFAULT, DateRules.DEFAULT, defaultOutlet, null,
        "path\u0000" + defaultOutlet);
  }

  /** A configured corpus under {@code corpusRoot}; fails when its files are not there. */
  public static IngestSource of(CorpusConfig config, Path corpusRoot, String outletOverride) throws IOException {
    String outlet = outletOverride != null ? outletOverride : config.outlet();
    return new IngestSource(config.name(), config.roots(corpusRoot), config.reader(), config.dates(), outlet, config.lang(),
        config.reader() + "\u0000" + config.dates() + "\u0000" + outlet + "\u0000" + config.lang());
  }
}
