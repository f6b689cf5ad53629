package org.dateline.export;

import java.nio.file.Path;

/**
 * A batch entry that could not be read or run; the other entries still run.
 *
 * @param file the batch file
 * @param line the line where the entry starts
 * @param reason what is wrong, in one line
 */
public record BatchError(Path file, int line, String reason) {
  /** {@code FILE:LINE: reason}, the form of every batch error message. */
  public String describe() {
    return file + ":" + line + ": " + reason;
  }
}
