package org.dateline.export;

import java.util.ArrayList;
import java.util.List;

/** Splits one RFC 4180 CSV line into cells: commas separate, double quotes enclose, {@code ""} is a quote. */
final class CsvLine {
  private CsvLine() {}

  /** The cells of {@code line}; an {@link IllegalArgumentException} for an unclosed quote. */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted cell is not closed (cells cannot span lines)");
    }
    cells.add(cell.toString());
    return cells;
  }
}
