package org.reviewlens.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How one value is written, in the CSV files and in the workbook alike: numbers rounded to {@link
 * CsvOptions#decimals()} places, a missing or non-finite number left empty, and, when {@link
 * CsvOptions#spreadsheetSafe()}, a text cell that a spreadsheet would run as a formula neutralised
 * with a leading single quote, as OWASP's CSV-injection guidance advises.
 */
public final class CellFormat {
  /** The first characters that make a spreadsheet run a cell as a formula. */
  private static final String FORMULA_START = "=+-@\t\r";

  private final CsvOptions options;

  CellFormat(CsvOptions options) {
    this.options = options;
  }

  /** The number as written, rounded half-even without trailing zeros; empty for NaN or infinity. */
  Optional<BigDecimal> number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Optional.empty();
    }
    BigDecimal rounded =
        BigDecimal.valueOf(value)
            .setScale(options.decimals(), RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    if (rounded.signum() == 0) {
      return Optional.of(BigDecimal.ZERO);
    }
    return Optional.of(rounded.scale() < 0 ? rounded.setScale(0) : rounded);
  }

  /** The text as written: neutralised when it starts with = + - @, a tab or a carriage return. */
  String text(String value) {
    if (options.spreadsheetSafe()
        && !value.isEmpty()
        && FORMULA_START.indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  /**
   * A text cell as the tool meant it: the quote {@link #text} put before a formula's first
   * character taken off again, so that a program reading an output (evaluate) sees the review id
   * "-r1" where the file says "'-r1".
   */
  public static String plain(String cell) {
    if (cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_START.indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }
}
