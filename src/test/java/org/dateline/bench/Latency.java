package org.dateline.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A small latency harness: warm-up until the time budget is spent, then several rounds, each
 * running every contender of a shape in turn (so a burst of load on the shared machine hits all of
 * them alike), and the median and 99th percentile over every timed call. Each call returns a value
 * that is summed into a sink, so the JIT cannot drop the work.
 */
final class Latency {
  /** Milliseconds at the 50th and 99th percentile, and the number of timed calls. */
  record Figures(double p50, double p99, int calls) {}

  /** One contender: a name and the call it times. */
  record Contender(String name, Callable<Long> call) {}

  private final long warmupNanos;
  private final long roundNanos;
  private final int rounds;
  static long sink;

  Latency(double warmupSeconds, double roundSeconds, int rounds) {
    this.warmupNanos = (long) (warmupSeconds * 1e9);
    this.roundNanos = (long) (roundSeconds * 1e9);
    this.rounds = rounds;
  }

  /** Times every contender; figures in the order given. */
  List<Figures> measure(List<Contender> contenders) throws Exception {
    for (Contender c : contenders) {
      run(c, warmupNanos, null);
    }
    List<List<Long>> samples = new ArrayList<>();
    contenders.forEach(c -> samples.add(new ArrayList<>()));
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < contenders.size(); i++) {
        run(contenders.get(i), roundNanos, samples.get(i));
      }
    }
    List<Figures> out = new ArrayList<>();
    for (List<Long> s : samples) {
      long[] a = s.stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(a);
      out.add(new Figures(a[(a.length - 1) / 2] / 1e6, a[(int) Math.ceil(a.length * 0.99) - 1] / 1e6, a.length));
    }
    return out;
  }

  /** Calls {@code c} until {@code budget} nanoseconds are spent (at least 5 calls). */
  private static void run(Contender c, long budget, List<Long> samples) throws Exception {
    long end = System.nanoTime() + budget;
    for (int n = 0; n < 5 || System.nanoTime() < end; n++) {
      long t0 = System.nanoTime();
      sink += c.call().call();
      long t = System.nanoTime() - t0;
      if (samples != null) {
        samples.add(t);
      }
    }
  }
}
