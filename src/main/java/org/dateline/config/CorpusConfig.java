package org.dateline.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.corpus.CorpusWalker;
import org.dateline.corpus.ReaderSettings;
import org.dateline.extract.DateRules;

/**
 * One corpus as {@code index-config/corpora/NAME.yaml} describes it: where its files are, how to
 * read them, and what to expect. Loaded and validated by {@link CorpusConfigs}.
 *
 * @param name the corpus name (the file name without {@code .yaml}); stored with every article
 * @param file the config file, for messages
 * @param description one line on what the corpus is
 * @param origin where to get the corpus, for people
 * @param paths files or folders relative to the corpus root; the last segment may be a glob
 * @param reader format, field mapping and delimiter
 * @param outlet the outlet of articles whose record names none, or null
 * @param lang the language of articles whose record states none, or null to guess
 * @param dates where dates come from and how they are written
 * @param expectedArticles how many articles the corpus has (checked by tests), or null
 */
public record CorpusConfig(
    String name,
    Path file,
    String description,
    String origin,
    List<String> paths,
    ReaderSettings reader,
    String outlet,
    String lang,
    DateRules dates,
    Long expectedArticles) {

  /** Copies lists so the record stays immutable. */
  public CorpusConfig {
    paths = List.copyOf(paths);
  }

  /**
   * The files and folders to read under {@code corpusRoot}, each named by its path relative to the
   * root ({@code ruwa/RUWA_04.08.23.csv.gz}), so ids do not depend on where the root is.
   *
   * @throws NoSuchFileException when a path is missing or a glob matches nothing
   */
  public List<CorpusWalker.Root> roots(Path corpusRoot) throws IOException {
    List<CorpusWalker.Root> out = new ArrayList<>();
    for (String p : paths) {
      int slash = p.lastIndexOf('/');
      String last = p.substring(slash + 1);
      if (last.matches(".*[*?\\[{].*")) {
        Path dir = corpusRoot.resolve(slash < 0 ? "." : p.substring(0, slash));
        List<Path> matched = new ArrayList<>();
        if (Files.isDirectory(dir)) {
          try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, last)) {
            ds.forEach(matched::add);
          }
        }
        if (matched.isEmpty()) {
          throw missing(corpusRoot.resolve(p));
        }
        matched.stream().sorted().forEach(m -> out.add(new CorpusWalker.Root(m,
            (slash < 0 ? "" : p.substring(0, slash + 1)) + m.getFileName())));
      } else {
        Path path = corpusRoot.resolve(p);
        if (!Files.exists(path)) {
          throw missing(path);
        }
        out.add(new CorpusWalker.Root(path, p.replaceAll("/+$", "")));
      }
    }
    return out;
  }

  private NoSuchFileException missing(Path path) {
    return new NoSuchFileException(path.toString(), null, "corpus '" + name + "' is not there"
        + (origin == null ? "" : " (get it from " + origin + ")") + "; point --corpus-root or $" + CorpusRoot.ENV
        + " at the folder that holds it");
  }
}
