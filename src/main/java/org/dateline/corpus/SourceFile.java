package org.dateline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to read: its name as stored in the index and a way to open it.
 *
 * @param name stable name, relative to the indexed root and prefixed by the root's own name
 *     ({@code corpus/a.txt}), so that ids do not depend on the working directory
 * @param path where it lies on disk
 */
public record SourceFile(String name, Path path) {

  /** Opens the file's bytes. */
  public InputStream open() throws IOException {
    return Files.newInputStream(path);
  }

  /** The size in bytes. */
  public long size() throws IOException {
    return Files.size(path);
  }
}
