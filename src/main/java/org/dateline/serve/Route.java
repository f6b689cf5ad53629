package org.dateline.serve;

/** One API route: a parsed request in, a response out; throws {@link HttpFailure} for a client error. */
@FunctionalInterface
public interface Route {
  /** Answers {@code request}. */
  Response answer(Request request) throws Exception;

  /**
   * A request as a route sees it.
   *
   * @param path the decoded path tail after the route's prefix (an article id), or "" for exact routes
   * @param params the query parameters
   * @param rawQuery the query string as sent (still percent-encoded), or null
   */
  record Request(String path, Params params, String rawQuery) {}
}
