package org.dateline.corpus;

/**
 * A file or record that could not be read as an article, with where and why.
 *
 * @param source the file name (as stored in the index)
 * @param location line or byte offset within the file, or null for the whole file
 * @param reason a short stable code (e.g. {@code invalid-utf8}, {@code empty}) counted in reports
 * @param message one human-readable line
 */
public record Rejection(String source, String location, String reason, String message) {

  /** One line for stderr: {@code source[:location]: message}. */
  public String describe() {
    return source + (location == null ? "" : ":" + location) + ": " + message + " [" + reason + "]";
  }
}
