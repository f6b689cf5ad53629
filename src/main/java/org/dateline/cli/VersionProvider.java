package org.dateline.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it is set in one place: the pom. */
final class VersionProvider implements IVersionProvider {
  /** The Dateline version, or {@code dev} when not run from a jar. */
  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"dateline " + version()};
  }
}
