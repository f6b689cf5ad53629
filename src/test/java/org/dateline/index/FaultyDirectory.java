package org.dateline.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory that fails as real disks do: once the files it holds would pass {@code capacity}
 * bytes it throws "No space left on device" (as the kernel's ENOSPC reads in Java), and with
 * {@code failMerges} every file a merge creates fails to open. Bytes are counted as written and
 * given back when a file is deleted, like the free space of a small file system.
 */
final class FaultyDirectory extends FilterDirectory {
  private final AtomicLong used = new AtomicLong();
  private volatile long capacity;
  private final boolean failMerges;

  FaultyDirectory(Directory in, long capacity, boolean failMerges) throws IOException {
    super(in);
    this.capacity = capacity;
    this.failMerges = failMerges;
    for (String f : in.listAll()) {
      used.addAndGet(in.fileLength(f));
    }
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    if (failMerges && context.context() == IOContext.Context.MERGE) {
      throw new IOException("injected I/O error writing merged file " + name);
    }
    return new Capped(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
    return new Capped(in.createTempOutput(prefix, suffix, context));
  }

  @Override
  public void deleteFile(String name) throws IOException {
    long length = in.fileLength(name);
    in.deleteFile(name);
    used.addAndGet(-length);
  }

  private final class Capped extends IndexOutput {
    private final IndexOutput out;

    Capped(IndexOutput out) {
      super("capped(" + out + ")", out.getName());
      this.out = out;
    }

    private void reserve(long n) throws IOException {
      if (used.addAndGet(n) > capacity) {
        used.addAndGet(-n);
        throw new IOException("No space left on device");
      }
    }

    @Override
    public void writeByte(byte b) throws IOException {
      reserve(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      reserve(length);
      out.writeBytes(b, offset, length);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }
  }
}
