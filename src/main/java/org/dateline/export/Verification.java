package org.dateline.export;

import java.util.List;

/**
 * The outcome of checking a manifest against the file and the index as they are now.
 *
 * @param checks one check per aspect, in a fixed order: file, index, registry, rows
 */
public record Verification(List<Check> checks) {
  /** Copies the list so the record stays immutable. */
  public Verification {
    checks = List.copyOf(checks);
  }

  /** True when every check found things as recorded. */
  public boolean same() {
    return checks.stream().allMatch(Check::same);
  }

  /** The names of the checks that found a difference. */
  public List<String> differences() {
    return checks.stream().filter(c -> !c.same()).map(Check::name).toList();
  }

  /**
   * One aspect of a manifest, checked.
   *
   * @param name {@code file}, {@code index}, {@code registry} or {@code rows}
   * @param same true when it is as recorded
   * @param detail one line saying what was found (and what changed)
   */
  public record Check(String name, boolean same, String detail) {}
}
