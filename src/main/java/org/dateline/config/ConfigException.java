package org.dateline.config;

/** A configuration file under {@code index-config/} is missing or invalid; the message names the file, line and key. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a one-line message naming the file and what is wrong. */
  public ConfigException(String message) {
    super(message);
  }

  /** Creates the exception with a one-line message and the underlying cause. */
  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
