package org.reviewlens.report;

/**
 * How CSV files are written. Build with {@link #builder()}.
 *
 * @param spreadsheetSafe write a UTF-8 byte-order mark (so Excel reads curly quotes and accents
 *     correctly) and neutralise text cells that a spreadsheet would run as a formula; off for
 *     {@code --csv-plain}
 * @param decimals how many decimal places numbers keep
 */
public record CsvOptions(boolean spreadsheetSafe, int decimals) {
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CsvOptions}; defaults: spreadsheet-safe, 6 decimals. */
  public static final class Builder {
    private boolean spreadsheetSafe = true;
    private int decimals = 6;

    private Builder() {}

    public Builder spreadsheetSafe(boolean value) {
      spreadsheetSafe = value;
      return this;
    }

    public Builder decimals(int value) {
      decimals = value;
      return this;
    }

    public CsvOptions build() {
      return new CsvOptions(spreadsheetSafe, decimals);
    }
  }
}
