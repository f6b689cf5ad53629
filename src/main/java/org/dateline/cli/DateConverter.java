package org.dateline.cli;

import java.time.LocalDate;
import org.dateline.extract.DateParser;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code YYYY-MM-DD} option values strictly; "2025-13-45" is an error naming the value. */
final class DateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    if (value.length() != 10) {
      throw new TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD)");
    }
    return DateParser.parse(value)
        .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a valid date (expected YYYY-MM-DD)"));
  }
}
