package org.reviewlens.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads one of the corpus CSV files with commons-csv and checks its header, turning every parse
 * problem into an {@link InputException} that names the file and line.
 */
public final class CsvFile {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreSurroundingSpaces(true)
          .setIgnoreEmptyLines(true)
          // A column named twice is reported by CsvHeader, on line 1, not by commons-csv.
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .build();

  private CsvFile() {}

  /**
   * Reads every record of {@code file}.
   *
   * @param required columns that must be present
   * @param optional columns that may be present; any other column is an error
   */
  public static List<CSVRecord> read(Path file, List<String> required, List<String> optional) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = FORMAT.parse(skipBom(reader))) {
      CsvHeader.check(file, parser.getHeaderNames(), required, optional);
      List<CSVRecord> records = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (!record.isConsistent()) {
          throw new InputException(
              file,
              record.getRecordNumber() + 1,
              "expected " + parser.getHeaderNames().size() + " fields, found " + record.size());
        }
        records.add(record);
      }
      return records;
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw new InputException(file, "malformed CSV: " + firstLine(e));
    } catch (IOException e) {
      throw new InputException(file, "cannot read: " + firstLine(e));
    }
  }

  /** The 1-based line of a record in the file, counting the header as line 1. */
  public static long lineOf(CSVRecord record) {
    return record.getRecordNumber() + 1;
  }

  private static Reader skipBom(Reader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
