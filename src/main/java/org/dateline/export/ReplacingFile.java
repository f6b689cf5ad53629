package org.dateline.export;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * An output file that replaces its target only once it is whole: the bytes go to a hidden temporary
 * file in the target's folder ({@code .NAME.RANDOM.part}), which {@link #commit} syncs and renames
 * over the target in one step. Until then the previous file stays as it was, whatever happens: a
 * full disk, an exception, or a kill -9 (which leaves at most a stale {@code .part} file beside it).
 * One would normally write the target in place; that loses the previous file on every failure.
 */
public final class ReplacingFile implements Closeable {
  private final Path target;
  private final Path temp;
  private final OutputStream out;
  private boolean committed;

  private ReplacingFile(Path target, Path temp, UnaryOperator<OutputStream> disk) throws IOException {
    this.target = target;
    this.temp = temp;
    this.out = new BufferedOutputStream(new SyncOnClose(disk.apply(Files.newOutputStream(temp)), temp), 1 << 16);
  }

  /**
   * Starts replacing {@code target}; refuses (IllegalArgumentException, a usage error) a target inside
   * {@code protectedDir}, the index folder, where a stray file could be taken for one of the index's.
   */
  public static ReplacingFile open(Path target, Path protectedDir) throws IOException {
    return open(target, protectedDir, UnaryOperator.identity());
  }

  /** As {@link #open(Path, Path)}, with {@code disk} wrapping the file's stream (tests inject disk failures there). */
  public static ReplacingFile open(Path target, Path protectedDir, UnaryOperator<OutputStream> disk) throws IOException {
    requireOutside(target, protectedDir);
    if (Files.isDirectory(target)) {
      throw new IllegalArgumentException(target + " is a folder; name a file to write");
    }
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
    try {
      return new ReplacingFile(target, temp, disk);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /**
   * Throws IllegalArgumentException when {@code file} would be inside {@code dir} (links resolved as
   * far as they exist), so that no output of ours can overwrite or add to an index's files.
   */
  public static void requireOutside(Path file, Path dir) throws IOException {
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    Path realDir = dir.toRealPath();
    Path abs = file.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    Path resolved = Files.exists(abs) ? abs.toRealPath()
        : parent != null && Files.exists(parent) ? parent.toRealPath().resolve(abs.getFileName()) : abs;
    if (resolved.startsWith(realDir)) {
      throw new IllegalArgumentException(file + " is inside the index folder " + dir
          + ", where it would damage the index; write it elsewhere");
    }
  }

  /** The stream to write the new content to. */
  public OutputStream stream() {
    return out;
  }

  /** Makes the new content durable and puts it in place of the target, in one rename. */
  public void commit() throws IOException {
    out.close(); // flushes, then syncs: a rename must never publish bytes still in the page cache
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING); // same folder: only exotic file systems get here
    }
    committed = true;
    syncFolder(target.toAbsolutePath().getParent());
  }

  /** Drops the new content unless it was committed; the target is left as it was. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      // the content is being dropped anyway: the first failure is the one that matters
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void syncFolder(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // not every platform can sync a folder; the rename itself is still atomic
    }
  }

  /** Closes the temporary file only after syncing it, so a crash after the rename never shows a hole. */
  private static final class SyncOnClose extends FilterOutputStream {
    private final Path file;

    SyncOnClose(OutputStream out, Path file) {
      super(out);
      this.file = file;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      try (OutputStream o = out) {
        o.flush();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
          ch.force(true);
        }
      }
    }
  }
}
