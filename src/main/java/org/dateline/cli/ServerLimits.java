package org.dateline.cli;

/**
 * Limits of the JDK's HTTP server that are set through system properties, read once when its
 * classes load: a client that sends its request slowly is cut off, idle connections are closed,
 * and the header block is bounded. Properties given on the command line win.
 */
final class ServerLimits {
  private ServerLimits() {}

  static void apply() {
    set("sun.net.httpserver.maxReqTime", "30");   // seconds to send the request line and headers
    set("sun.net.httpserver.idleInterval", "30"); // seconds a keep-alive connection may idle
    set("sun.net.httpserver.maxIdleConnections", "200");
    set("sun.net.httpserver.maxReqHeaders", "100");
    set("sun.net.httpserver.maxReqHeaderSize", "65536");
  }

  private static void set(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
