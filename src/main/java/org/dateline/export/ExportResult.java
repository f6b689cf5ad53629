package org.dateline.export;

/**
 * What an export wrote.
 *
 * @param rows the number of articles written
 * @param sha256 lower-case hex SHA-256 of the bytes written
 */
public record ExportResult(long rows, String sha256) {}
