package org.dateline.serve;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded worker pool with a bounded queue in front of it: at most {@code workers} requests run,
 * at most {@code queue} more wait (each on its own virtual thread, which costs a few hundred bytes),
 * and any beyond that is answered at once with 503 and {@code Retry-After}, so an overload never
 * grows memory or latency without bound.
 */
public final class Admission {
  private final Semaphore permits;
  private final int queue;
  private final long maxWaitMillis;
  private final AtomicInteger waiting = new AtomicInteger();
  private final String what;

  /** Admits {@code workers} at a time with {@code queue} waiting at most {@code maxWaitMillis} each. */
  public Admission(String what, int workers, int queue, long maxWaitMillis) {
    if (workers < 1 || queue < 0) {
      throw new IllegalArgumentException("workers must be >= 1 and queue >= 0");
    }
    this.what = what;
    this.permits = new Semaphore(workers, true);
    this.queue = queue;
    this.maxWaitMillis = maxWaitMillis;
  }

  /** A held worker slot; closing it frees the slot. */
  public interface Ticket extends AutoCloseable {
    @Override
    void close();
  }

  /** Takes a worker slot, waiting in the queue if there is room; 503 when the queue is full or the wait too long. */
  public Ticket enter() throws HttpFailure, InterruptedException {
    if (!permits.tryAcquire()) {
      if (waiting.incrementAndGet() > queue) {
        waiting.decrementAndGet();
        throw busy();
      }
      try {
        if (!permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
          throw busy();
        }
      } finally {
        waiting.decrementAndGet();
      }
    }
    return permits::release;
  }

  /** Requests waiting for a worker now. */
  int waiting() {
    return waiting.get();
  }

  private HttpFailure busy() {
    return new HttpFailure(503, "the server is busy (" + what + "); try again in a second", null, Map.of("Retry-After", "1"));
  }
}
