package org.dateline.serve;

import java.util.Map;

/**
 * A request the server answers with an error status and a one-line JSON body
 * {@code {"error": ..., "parameter": ...}}; never carries a stack trace to the client.
 */
public final class HttpFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String parameter;
  private final Map<String, String> headers;

  /** A failure with {@code status}, a message for the client and the parameter it concerns (or null). */
  public HttpFailure(int status, String message, String parameter) {
    this(status, message, parameter, Map.of());
  }

  /** As above, with extra response headers (e.g. {@code Allow}, {@code Retry-After}). */
  public HttpFailure(int status, String message, String parameter, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.parameter = parameter;
    this.headers = Map.copyOf(headers);
  }

  /** 400 for a bad value of {@code parameter}. */
  public static HttpFailure badParameter(String parameter, String message) {
    return new HttpFailure(400, message, parameter);
  }

  /** 404 with {@code message}. */
  public static HttpFailure notFound(String message) {
    return new HttpFailure(404, message, null);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The query parameter the failure concerns, or null. */
  public String parameter() {
    return parameter;
  }

  /** Extra response headers. */
  public Map<String, String> headers() {
    return headers;
  }
}
