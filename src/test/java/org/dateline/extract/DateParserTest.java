package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateParserTest {
  @Test
  void parsesDaysStrictly() {
    assertEquals(Optional.of(LocalDate.of(2025, 5, 15)), DateParser.parse("2025-05-15"));
    assertTrue(DateParser.parse("2025-13-45").isEmpty());
    assertTrue(DateParser.parse("2023-02-30").isEmpty(), "no roll-over to March");
    assertTrue(DateParser.parse("0000-01-01").isEmpty(), "year 0");
    assertTrue(DateParser.parse("yesterday").isEmpty());
  }

  @Test
  void dateTimesWithOffsetAreTakenInUtc() {
    assertEquals(Optional.of(LocalDate.of(2025, 5, 16)), DateParser.parse("2025-05-15T23:30:00-02:00"));
    assertEquals(Optional.of(LocalDate.of(2025, 5, 15)), DateParser.parse("2025-05-15T23:30:00Z"));
    assertEquals(Optional.of(LocalDate.of(2025, 5, 15)), DateParser.parse("2025-05-15 23:30:00"));
  }
}
