package org.dateline.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dateline.TestPaths;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.OutletRegistry;
import org.dateline.index.ArticleIndexer;
import org.dateline.index.IngestOptions;
import org.dateline.index.IngestSource;
import org.dateline.search.ArticleFilter;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.DefaultOperator;
import org.dateline.search.FacetRequest;
import org.dateline.search.InvalidRequestException;
import org.dateline.search.QueryMode;
import org.dateline.search.QueryRefusedException;
import org.dateline.search.QuerySyntax;
import org.dateline.search.QuerySyntaxException;
import org.dateline.search.SearchRequest;
import org.dateline.search.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile query strings ({@link HostileQueries}), 5,000 in the suite ({@code -Ddateline.soak.queries=N}
 * in the soak run), each run in every syntax mode in turn over a 1,000-article index: each must be
 * answered, or refused with a message, within 2 s of the searching thread's CPU time; nothing else may
 * come out (no crash, no hang). CPU time, not wall time: on a loaded machine (CI, or several builds on
 * two cores) a query that does 200 ms of work can take seconds of wall time, and the wall-clock bound
 * failed there although no query did more work than on a quiet machine.
 */
class QueryFuzzTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  static final long LIMIT_MILLIS = 2000;
  /** Wall time after which a query counts as hung: far above any load seen, far below forever. */
  static final long HANG_SECONDS = 60;

  @TempDir Path dir;

  @Test
  void hostileQueriesAreAnsweredOrRefusedWithinTwoSeconds() throws Exception {
    int n = Integer.getInteger("dateline.soak.queries", 5000);
    Path corpus = SyntheticCorpus.write(dir.resolve("news"), 2, 500, 40, 3);
    ActorRegistry registry = ActorRegistry.load(TestPaths.testConfig());
    try (ArticleIndexer indexer = ArticleIndexer.open(dir.resolve("index"), registry, OutletRegistry.empty(), null)) {
      indexer.index(List.of(IngestSource.ofPath(corpus, null)), IngestOptions.DEFAULT);
    }
    List<String> queries = new ArrayList<>(HostileQueries.named());
    HostileQueries random = new HostileQueries(20260702L);
    while (queries.size() < n) {
      queries.add(random.next());
    }
    QuerySyntax[] modes = QuerySyntax.values();
    int answered = 0;
    int refused = 0;
    int syntax = 0;
    long slowest = 0;
    List<String> failures = new ArrayList<>();
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try (ArticleSearcher searcher = ArticleSearcher.open(dir.resolve("index"), registry)) {
      searcher.timeout(Duration.ofMillis(1000));
      for (int i = 0; i < queries.size(); i++) {
        String q = queries.get(i);
        QueryMode mode = new QueryMode(modes[i % modes.length], i % 7 == 0 ? DefaultOperator.OR : DefaultOperator.AND);
        List<FacetRequest> facets = i % 10 == 0 ? List.of(FacetRequest.parse("actor"), FacetRequest.parse("date:month")) : List.of();
        SearchRequest request = new SearchRequest(new ArticleFilter(q, null, null, List.of(), List.of(), List.of(), mode),
            SortOrder.RELEVANCE, 0, 10, facets, i % 13 == 0 ? 20 : 0);
        long[] cpuNanos = new long[1];
        Future<String> outcome = worker.submit(() -> {
          long cpu = THREADS.getCurrentThreadCpuTime();
          try {
            return run(searcher, request);
          } finally {
            cpuNanos[0] = THREADS.getCurrentThreadCpuTime() - cpu;
          }
        });
        String result;
        try {
          result = outcome.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          failures.add("hang: " + describe(q));
          break; // the worker is stuck: nothing more can be measured
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(cpuNanos[0]);
        slowest = Math.max(slowest, millis);
        if (millis > LIMIT_MILLIS) {
          failures.add("took " + millis + " ms of CPU: " + describe(q));
        }
        switch (result.charAt(0)) {
          case 'a' -> answered++;
          case 'r' -> refused++;
          case 's' -> syntax++;
          default -> failures.add(result + ": " + describe(q));
        }
      }
    } finally {
      worker.shutdownNow();
    }
    System.out.println(String.format(Locale.ROOT, "reliability: queries: %d fuzzed, %d answered, %d refused by a limit, "
        + "%d refused as not parsing, %d crashes or hangs, slowest %d ms of CPU", queries.size(), answered, refused, syntax,
        failures.size(), slowest));
    assertEquals(List.of(), failures);
    assertTrue(refused > 0 && answered > 0 && syntax > 0, "each outcome occurs");
  }

  /** Regression (found by the soak run): a query starting with ": " lost its whole error message. */
  @Test
  void aQueryThatStartsWithAColonStillGetsItsSyntaxError() {
    QuerySyntaxException e = org.junit.jupiter.api.Assertions.assertThrows(QuerySyntaxException.class, () ->
        new org.dateline.search.ArticleQueryParser((field, value) -> value).parse(": \n date:[2022-01-01 TO 2022-12-31] peace",
            new QueryMode(QuerySyntax.LUCENE, DefaultOperator.AND)));
    assertEquals("Encountered \" \":\" \": \"\"", e.getMessage());
  }

  /** "a" answered, "r" refused by a limit, "s" refused as a syntax error; anything else is a crash. */
  private static String run(ArticleSearcher searcher, SearchRequest request) {
    try {
      searcher.search(request);
      return "a";
    } catch (QueryRefusedException e) {
      return e.getMessage().startsWith("query refused: ") && e.getMessage().length() > 20 ? "r" : "x bad message " + e.getMessage();
    } catch (QuerySyntaxException | InvalidRequestException e) {
      return e.getMessage() != null && !e.getMessage().isBlank() ? "s" : "x empty message";
    } catch (IOException | RuntimeException | Error e) {
      return "x crash " + e;
    }
  }

  private static String describe(String q) {
    return q.length() <= 120 ? q : q.substring(0, 120) + "… (" + q.length() + " chars)";
  }
}
