package org.reviewlens.analyse.table;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A typed column of an output table. Its name is spelled once, in the constant that holds it; the
 * analysis that fills the column, the CSV header, the charts and the dashboard all go through that
 * constant, so a rename reaches them together and a wrong type does not compile.
 *
 * @param <T> the Java type of a cell
 */
public sealed interface OutputColumn<T> {
  /** The column's name: its CSV header. */
  String name();

  /** A new, empty Tablesaw column of this name and type. */
  Column<?> create();

  /** This column's cell in a row. */
  T get(Row row);

  /** Appends a cell to this column of the table. */
  void appendTo(Table table, T value);

  static Text text(String name) {
    return new Text(name);
  }

  static Whole whole(String name) {
    return new Whole(name);
  }

  static Real real(String name) {
    return new Real(name);
  }

  static Flag flag(String name) {
    return new Flag(name);
  }

  /** A text column; an absent value is the empty string. */
  record Text(String name) implements OutputColumn<String> {
    @Override
    public Column<?> create() {
      return StringColumn.create(name);
    }

    @Override
    public String get(Row row) {
      return row.getString(name);
    }

    @Override
    public void appendTo(Table table, String value) {
      table.stringColumn(name).append(value);
    }

    /** The whole column of a table. */
    public StringColumn of(Table table) {
      return table.stringColumn(name);
    }
  }

  /** A column of whole numbers. */
  record Whole(String name) implements OutputColumn<Integer> {
    @Override
    public Column<?> create() {
      return IntColumn.create(name);
    }

    @Override
    public Integer get(Row row) {
      return row.getInt(name);
    }

    @Override
    public void appendTo(Table table, Integer value) {
      table.intColumn(name).append(value);
    }
  }

  /** A column of real numbers; an absent value is NaN, written as an empty cell. */
  record Real(String name) implements OutputColumn<Double> {
    @Override
    public Column<?> create() {
      return DoubleColumn.create(name);
    }

    @Override
    public Double get(Row row) {
      return row.getDouble(name);
    }

    @Override
    public void appendTo(Table table, Double value) {
      table.doubleColumn(name).append(value);
    }

    /** The whole column of a table. */
    public DoubleColumn of(Table table) {
      return table.doubleColumn(name);
    }
  }

  /** A true/false column. */
  record Flag(String name) implements OutputColumn<Boolean> {
    @Override
    public Column<?> create() {
      return BooleanColumn.create(name);
    }

    @Override
    public Boolean get(Row row) {
      return row.getBoolean(name);
    }

    @Override
    public void appendTo(Table table, Boolean value) {
      table.booleanColumn(name).append(value);
    }
  }
}
