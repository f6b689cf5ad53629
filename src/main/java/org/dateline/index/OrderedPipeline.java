package org.dateline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs the costly, order-free part of indexing an article (actor matching, analysis, {@code
 * addDocument}) on worker threads while the calling thread goes on reading and parsing, and hands
 * each result back to the calling thread in submission order, so counts, warnings and rejections
 * come out exactly as a one-thread run reports them. IndexWriter is thread-safe, so workers write
 * directly; at most {@code window} articles are in flight, which bounds the memory they hold.
 *
 * @param <T> what a worker returns for one article
 */
final class OrderedPipeline<T> implements AutoCloseable {
  private final ExecutorService workers;
  private final int threads;
  private final int window;
  private final ArrayDeque<Pending<T>> pending = new ArrayDeque<>();

  private record Pending<T>(Future<T> result, Consumer<T> then) {}

  /** A pipeline with {@code threads} workers; 0 runs every job in the calling thread. */
  OrderedPipeline(int threads, int window) {
    this.workers = threads == 0 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dateline-indexer");
      t.setDaemon(true);
      return t;
    });
    this.threads = threads;
    this.window = window;
  }

  /** Workers for this machine: one per core, since the calling thread mostly waits on I/O and parsing. */
  static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Runs {@code work} on a worker, then {@code then} with its result on the calling thread, after
   * the results of every earlier job. May run earlier jobs' {@code then} before returning.
   */
  void submit(Callable<T> work, Consumer<T> then) throws IOException {
    if (workers == null) {
      then.accept(call(work));
      return;
    }
    while (pending.size() >= window) {
      completeHead();
    }
    pending.add(new Pending<>(workers.submit(work), then));
    while (!pending.isEmpty() && pending.peek().result().isDone()) {
      completeHead();
    }
  }

  /** Waits for every submitted job and runs its {@code then}, in order. */
  void drain() throws IOException {
    while (!pending.isEmpty()) {
      completeHead();
    }
  }

  /**
   * Drains, then runs {@code job} on every worker at once (in the calling thread when there are
   * none) and waits for all of them, e.g. to flush the writer's buffers on every core.
   */
  void onEveryWorker(Callable<Void> job) throws IOException {
    drain();
    if (workers == null) {
      call(job);
      return;
    }
    List<Future<Void>> running = new ArrayList<>(threads);
    for (int i = 0; i < threads; i++) {
      running.add(workers.submit(job));
    }
    for (Future<Void> f : running) {
      result(f);
    }
  }

  private void completeHead() throws IOException {
    Pending<T> head = pending.remove();
    head.then().accept(result(head.result()));
  }

  private static <V> V result(Future<V> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
  }

  private static <T> T call(Callable<T> work) throws IOException {
    try {
      return work.call();
    } catch (Exception e) {
      throw rethrow(e);
    }
  }

  private static IOException rethrow(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof UncheckedIOException u) {
      return u.getCause();
    }
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IOException(cause);
  }

  /** Cancels jobs not yet run (after a failure) and stops the workers. */
  @Override
  public void close() {
    if (workers != null) {
      pending.forEach(p -> p.result().cancel(false));
      pending.clear();
      workers.shutdownNow();
      try {
        // A job already in addDocument finishes before the caller rolls the writer back.
        workers.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
