package org.dateline.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.OutletRegistry;
import org.dateline.search.ArticleSearcher;

/**
 * Searchers over the newest commit of an index for a server, each lent to one request at a time
 * (a searcher's time limit is one setting, so two requests never share one). Every second it checks
 * for a newer commit (an ingest running meanwhile) and moves new requests to searchers over it;
 * the old ones close when their last request returns them. It only ever reads: no write lock.
 */
final class SearcherPool implements Closeable {
  /** Searchers over one commit. */
  private final class Generation {
    final List<ArticleSearcher> all = new ArrayList<>();
    final BlockingQueue<ArticleSearcher> idle;
    int users;
    boolean retired;

    Generation(int size) throws IOException {
      idle = new ArrayBlockingQueue<>(size);
      try {
        for (int i = 0; i < size; i++) {
          ArticleSearcher s = ArticleSearcher.open(indexDir, registry, outlets);
          all.add(s);
          idle.add(s);
        }
      } catch (IOException | RuntimeException e) {
        closeAll();
        throw e;
      }
    }

    synchronized boolean enter() {
      if (retired) {
        return false;
      }
      users++;
      return true;
    }

    void leave() {
      boolean close;
      synchronized (this) {
        close = --users == 0 && retired;
      }
      if (close) {
        closeAll();
      }
    }

    void retire() {
      boolean close;
      synchronized (this) {
        retired = true;
        close = users == 0;
      }
      if (close) {
        closeAll();
      }
    }

    void closeAll() {
      for (ArticleSearcher s : all) {
        try {
          s.close();
        } catch (IOException e) {
          // a reader that fails to close holds no lock and no write; nothing to do
        }
      }
    }
  }

  /** Work done with a lent searcher. */
  @FunctionalInterface
  interface Work<T> {
    T apply(ArticleSearcher searcher) throws Exception;
  }

  private final Path indexDir;
  private final ActorRegistry registry;
  private final OutletRegistry outlets;
  private final int size;
  private final AtomicReference<Generation> current = new AtomicReference<>();
  private final Thread refresher;

  SearcherPool(Path indexDir, ActorRegistry registry, OutletRegistry outlets, int size) throws IOException {
    this.indexDir = indexDir;
    this.registry = registry;
    this.outlets = outlets;
    this.size = size;
    current.set(new Generation(size));
    refresher = Thread.ofVirtual().name("dateline-refresh").start(this::refreshLoop);
  }

  /** A searcher lent until {@link #close}: one commit for as long as it is held (an export). */
  interface Lease extends AutoCloseable {
    /** The lent searcher. */
    ArticleSearcher searcher();

    @Override
    void close();
  }

  /** Lends a searcher of the newest generation, waiting for one to be free. */
  Lease borrow() throws InterruptedException {
    Generation g;
    do {
      g = current.get();
    } while (!g.enter());
    ArticleSearcher s;
    try {
      s = g.idle.take();
    } catch (InterruptedException e) {
      g.leave();
      throw e;
    }
    Generation owner = g;
    return new Lease() {
      private boolean closed;

      @Override
      public ArticleSearcher searcher() {
        return s;
      }

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          owner.idle.add(s);
          owner.leave();
        }
      }
    };
  }

  /** Runs {@code work} with a lent searcher. */
  <T> T with(Work<T> work) throws Exception {
    try (Lease lease = borrow()) {
      return work.apply(lease.searcher());
    }
  }

  /** Moves to the newest commit if there is a newer one than the current generation reads. */
  void refresh() throws IOException {
    Generation g = current.get();
    if (g.all.get(0).isCurrent()) {
      return;
    }
    Generation fresh = new Generation(size);
    current.set(fresh);
    g.retire();
  }

  private void refreshLoop() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(1000);
        refresh();
      } catch (InterruptedException e) {
        return;
      } catch (IOException | UncheckedIOException e) {
        // a commit being written or removed meanwhile: the next round sees the settled state
      }
    }
  }

  @Override
  public void close() {
    refresher.interrupt();
    current.get().retire();
  }
}
