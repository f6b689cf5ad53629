package org.dateline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to read: its name as stored in the index and a way to open its bytes. The file may lie
 * on disk, inside an archive, or behind a decompressor; readers cannot tell and need not care.
 *
 * @param name stable name, relative to the indexed root and prefixed by the root's own name
 *     ({@code corpus/a.txt}; {@code corpus/b.zip!/x.json} inside an archive), so that ids do not
 *     depend on the working directory
 * @param opener opens the bytes; an archive entry can be opened once only
 * @param depth how many archives this file lies inside (0 for a file on disk)
 */
public record SourceFile(String name, Opener opener, int depth) {

  /** Opens the bytes of a source file. */
  @FunctionalInterface
  public interface Opener {
    /** Opens the bytes. */
    InputStream open() throws IOException;
  }

  /** A file on disk. */
  public SourceFile(String name, Path path) {
    this(name, () -> Files.newInputStream(path), 0);
  }

  /** Opens the file's bytes. */
  public InputStream open() throws IOException {
    return opener.open();
  }

  /** Wraps a stream, e.g. in a decompressor. */
  @FunctionalInterface
  public interface Wrapper {
    /** The wrapped stream. */
    InputStream wrap(InputStream in) throws IOException;
  }

  /** The same file read through {@code wrapper} (e.g. a decompressor), under the same name. */
  public SourceFile through(Wrapper wrapper) {
    return new SourceFile(name, () -> {
      InputStream in = opener.open();
      try {
        return wrapper.wrap(in);
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
    }, depth);
  }
}
