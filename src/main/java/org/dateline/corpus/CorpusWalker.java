package org.dateline.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Walks the paths given to {@code dateline index} and feeds every article in them to a sink: each
 * file with the reader of its format, an unknown or unreadable file reported and skipped. Hidden
 * files and folders (names starting with '.') are passed over, as git and most tools do.
 */
public final class CorpusWalker {
  /** Receives the start of each file, so callers can count files and show progress. */
  public interface FileListener {
    /** Called before a file is read. */
    void fileStarted(SourceFile file);
  }

  private final ArticleSink sink;
  private final FileListener listener;

  /** Creates a walker that reports articles and rejections to {@code sink}. */
  public CorpusWalker(ArticleSink sink, FileListener listener) {
    this.sink = sink;
    this.listener = listener;
  }

  /** Reads every file under each of {@code roots}, in sorted path order. */
  public void walk(List<Path> roots) throws NoSuchFileException {
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new NoSuchFileException(root.toString(), null, "no such file or folder");
      }
    }
    for (Path root : roots) {
      Path abs = root.toAbsolutePath().normalize();
      if (Files.isDirectory(abs)) {
        String base = abs.getFileName() == null ? "" : abs.getFileName() + "/";
        for (Path file : files(abs)) {
          readFile(new SourceFile(base + abs.relativize(file).toString().replace('\\', '/'), file));
        }
      } else {
        readFile(new SourceFile(abs.getFileName().toString(), abs));
      }
    }
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> !hidden(dir, p) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void readFile(SourceFile file) {
    listener.fileStarted(file);
    Optional<ArticleReader> reader = Formats.forFile(file.name());
    if (reader.isEmpty()) {
      sink.reject(new Rejection(file.name(), null, "unsupported-format",
          "no reader for this file type (known: " + Formats.known() + ")"));
      return;
    }
    try {
      reader.get().read(file, sink);
    } catch (IOException | UncheckedIOException e) {
      sink.reject(new Rejection(file.name(), null, "unreadable", "cannot read: " + e.getMessage()));
    }
  }
}
