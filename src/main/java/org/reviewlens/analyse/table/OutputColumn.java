package org.reviewlens.analyse.table;

import java.util.function.BiFunction;
import java.util.function.Function;
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
 * constant, so a rename reaches them together and a wrong type does not compile. Columns compare by
 * identity: a table accepts only the constants it was declared with.
 *
 * @param <T> the Java type of a cell
 * @param <C> the Tablesaw column that holds the cells
 */
public abstract sealed class OutputColumn<T, C extends Column<T>> {
  private final String name;
  private final Function<String, C> factory;
  private final BiFunction<Row, String, T> reader;

  private OutputColumn(
      String name, Function<String, C> factory, BiFunction<Row, String, T> reader) {
    this.name = name;
    this.factory = factory;
    this.reader = reader;
  }

  public static Text text(String name) {
    return new Text(name);
  }

  public static Whole whole(String name) {
    return new Whole(name);
  }

  public static Real real(String name) {
    return new Real(name);
  }

  public static Flag flag(String name) {
    return new Flag(name);
  }

  /** The column's name: its CSV header. */
  public final String name() {
    return name;
  }

  /** A new, empty Tablesaw column of this name and type. */
  public final C create() {
    return factory.apply(name);
  }

  /** This column of a table. */
  @SuppressWarnings("unchecked")
  public final C of(Table table) {
    return (C) table.column(name);
  }

  /** This column's cell in a row. */
  public final T get(Row row) {
    return reader.apply(row, name);
  }

  /** Appends a cell to this column of the table. */
  public final void appendTo(Table table, T value) {
    of(table).append(value);
  }

  @Override
  public final String toString() {
    return name;
  }

  /** A text column; an absent value is the empty string. */
  public static final class Text extends OutputColumn<String, StringColumn> {
    private Text(String name) {
      super(name, StringColumn::create, Row::getString);
    }
  }

  /** A column of whole numbers. */
  public static final class Whole extends OutputColumn<Integer, IntColumn> {
    private Whole(String name) {
      super(name, IntColumn::create, Row::getInt);
    }
  }

  /** A column of real numbers; an absent value is NaN, written as an empty cell. */
  public static final class Real extends OutputColumn<Double, DoubleColumn> {
    private Real(String name) {
      super(name, DoubleColumn::create, Row::getDouble);
    }
  }

  /** A true/false column. */
  public static final class Flag extends OutputColumn<Boolean, BooleanColumn> {
    private Flag(String name) {
      super(name, BooleanColumn::create, Row::getBoolean);
    }
  }
}
