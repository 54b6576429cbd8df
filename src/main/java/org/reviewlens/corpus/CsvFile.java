package org.reviewlens.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
   * Reads every record of {@code file}, dropping any note on how it was decoded.
   *
   * @param required columns that must be present
   * @param optional columns that may be present; any other column is an error
   */
  public static List<CSVRecord> read(Path file, List<String> required, List<String> optional) {
    return read(file, required, optional, new ArrayList<>());
  }

  /**
   * Reads every record of {@code file}. The file is decoded as a review is ({@link TextDecoder}):
   * Excel saves a plain CSV in Windows-1252, Notepad in UTF-16 with a byte-order mark.
   *
   * @param required columns that must be present
   * @param optional columns that may be present; any other column is an error
   * @param warnings receives a line naming the file when it was not plain UTF-8
   */
  public static List<CSVRecord> read(
      Path file, List<String> required, List<String> optional, List<String> warnings) {
    try (CSVParser parser = FORMAT.parse(new StringReader(text(file, warnings)))) {
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
    } catch (IOException
        | UncheckedIOException
        | IllegalStateException
        | IllegalArgumentException e) {
      // The text is in memory: what commons-csv throws is about its syntax, not about reading.
      throw new InputException(file, "malformed CSV: " + firstLine(e));
    }
  }

  /** The file's text, decoded as a review is; binary content or a fault in reading is refused. */
  static String text(Path file, List<String> warnings) {
    byte[] bytes;
    try {
      if (Files.readAttributes(file, BasicFileAttributes.class).isOther()) {
        throw new InputException(file, IoReason.NOT_REGULAR); // opening a named pipe never returns
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file, "cannot read: " + IoReason.of(e));
    }
    DecodedText decoded = TextDecoder.decodeText(bytes);
    if (decoded.problem().isPresent()) {
      throw new InputException(file, decoded.problem().get());
    }
    decoded.warning().ifPresent(w -> warnings.add(file + ": " + w));
    return decoded.text().orElseThrow();
  }

  /** The 1-based line of a record in the file, counting the header as line 1. */
  public static long lineOf(CSVRecord record) {
    return record.getRecordNumber() + 1;
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
