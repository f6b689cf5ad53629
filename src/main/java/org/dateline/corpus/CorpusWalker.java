package org.dateline.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Walks the files of a corpus and feeds every article in them to a sink: each file with the reader
 * of its format, an unknown or unreadable file reported and skipped. Hidden files and folders
 * (names starting with '.') are passed over, as git and most tools do. The files are listed
 * first ({@link #plan}), so callers know the total for progress before reading starts.
 */
public final class CorpusWalker {
  /** A file or folder to read, under the name its files' names start with. */
  public record Root(Path path, String name) {
    /** A root named as {@code dateline index PATH} names it: a folder by its own name, a file by its file name. */
    public static Root of(Path path) {
      Path abs = path.toAbsolutePath().normalize();
      return new Root(abs, abs.getFileName() == null ? "" : abs.getFileName().toString());
    }
  }

  /** One file to read and its size on disk. */
  public record PlannedFile(SourceFile file, long bytes) {}

  /** Receives the start and end of each file, so callers can count files and show progress. */
  public interface FileListener {
    /** Called before a file is read. */
    void fileStarted(PlannedFile file);

    /** Called after a file was read (or skipped). */
    default void fileDone(PlannedFile file) {}
  }

  private final ArticleSink sink;
  private final FileListener listener;
  private final ReaderSettings settings;

  /** Creates a walker that reports articles and rejections to {@code sink}. */
  public CorpusWalker(ArticleSink sink, FileListener listener, ReaderSettings settings) {
    this.sink = sink;
    this.listener = listener;
    this.settings = settings;
  }

  /** Creates a walker with the default settings (formats by extension). */
  public CorpusWalker(ArticleSink sink, FileListener listener) {
    this(sink, listener, ReaderSettings.DEFAULT);
  }

  /** Reads every file under each of {@code roots} (plain paths), in sorted path order. */
  public void walk(List<Path> roots) throws NoSuchFileException {
    read(plan(roots.stream().map(Root::of).toList()));
  }

  /** Lists every file under {@code roots}, in sorted path order; fails when a root does not exist. */
  public static List<PlannedFile> plan(List<Root> roots) throws NoSuchFileException {
    for (Root root : roots) {
      if (!Files.exists(root.path())) {
        throw new NoSuchFileException(root.path().toString(), null, "no such file or folder");
      }
    }
    List<PlannedFile> out = new ArrayList<>();
    for (Root root : roots) {
      Path abs = root.path().toAbsolutePath().normalize();
      if (Files.isDirectory(abs)) {
        String base = root.name().isEmpty() ? "" : root.name() + "/";
        for (Path file : files(abs)) {
          out.add(planned(new SourceFile(base + abs.relativize(file).toString().replace('\\', '/'), file), file));
        }
      } else {
        out.add(planned(new SourceFile(root.name(), abs), abs));
      }
    }
    return out;
  }

  /** Reads the planned files one by one. */
  public void read(List<PlannedFile> files) {
    for (PlannedFile f : files) {
      listener.fileStarted(f);
      readFile(f.file());
      listener.fileDone(f);
    }
  }

  private static PlannedFile planned(SourceFile file, Path path) {
    try {
      return new PlannedFile(file, Files.size(path));
    } catch (IOException e) {
      return new PlannedFile(file, 0);
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
    Optional<ArticleReader> reader = Formats.forFile(file.name(), settings);
    if (reader.isEmpty()) {
      sink.reject(new Rejection(file.name(), null, "unsupported-format",
          "no reader for this file type (known: " + Formats.known() + ")"));
      return;
    }
    GuardedSink guarded = new GuardedSink(sink);
    try {
      reader.get().read(file, guarded);
    } catch (GuardedSink.SinkFailure e) {
      throw e.getCause();
    } catch (CorpusIOException e) {
      sink.reject(new Rejection(file.name(), null, e.reason(), e.getMessage()));
    } catch (UncheckedIOException e) {
      reject(file, e.getCause());
    } catch (IOException e) {
      reject(file, e);
    } catch (RuntimeException | StackOverflowError e) {
      // A reader bug or a parser library's unchecked exception on hostile bytes costs this file, never the run.
      sink.reject(new Rejection(file.name(), null, "unreadable", "cannot read: " + e));
    }
  }

  /**
   * Passes everything on to the real sink and marks what the sink throws (an aborted run, a failed
   * writer), so that only a reader's own unchecked exceptions are turned into rejections.
   */
  private record GuardedSink(ArticleSink sink) implements ArticleSink {
    /** An unchecked exception of the real sink, on its way through a reader. */
    static final class SinkFailure extends RuntimeException {
      private static final long serialVersionUID = 1L;

      SinkFailure(RuntimeException cause) {
        super(cause);
      }

      @Override
      public synchronized RuntimeException getCause() {
        return (RuntimeException) super.getCause();
      }
    }

    @Override
    public void accept(RawArticle article) {
      try {
        sink.accept(article);
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }

    @Override
    public void reject(Rejection rejection) {
      try {
        sink.reject(rejection);
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }
  }

  private void reject(SourceFile file, IOException e) {
    if (e instanceof CorpusIOException c) {
      sink.reject(new Rejection(file.name(), null, c.reason(), c.getMessage()));
    } else {
      sink.reject(new Rejection(file.name(), null, "unreadable", "cannot read: " + e.getMessage()));
    }
  }
}
