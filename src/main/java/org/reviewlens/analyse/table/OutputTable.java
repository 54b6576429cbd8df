package org.reviewlens.analyse.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The shape of one output table: its name, which is also its CSV file's, and its typed columns in
 * order. Tables are made and filled only through it, so every row sets every column.
 */
public final class OutputTable {
  private final String name;
  private final List<OutputColumn<?, ?>> columns;
  private final Map<OutputColumn<?, ?>, Integer> positions = new HashMap<>();

  private OutputTable(String name, List<OutputColumn<?, ?>> columns) {
    this.name = name;
    this.columns = List.copyOf(columns);
    for (int i = 0; i < columns.size(); i++) {
      if (positions.put(columns.get(i), i) != null) {
        throw new IllegalArgumentException(
            name + ": column " + columns.get(i).name() + " appears twice");
      }
    }
  }

  /** A table of these columns, in this order. */
  public static OutputTable of(String name, OutputColumn<?, ?>... columns) {
    return new OutputTable(name, List.of(columns));
  }

  public String name() {
    return name;
  }

  /** The file the table is written to. */
  public String fileName() {
    return name + ".csv";
  }

  public List<OutputColumn<?, ?>> columns() {
    return columns;
  }

  /** The column names, in order: the CSV header. */
  public List<String> header() {
    return columns.stream().map(OutputColumn::name).toList();
  }

  /** A new, empty table of this shape. */
  public Table create() {
    Table t = Table.create(name);
    columns.forEach(c -> t.addColumns(c.create()));
    return t;
  }

  /** Starts a row of the table; {@link NewRow#add()} appends it. */
  public NewRow row(Table table) {
    return new NewRow(table);
  }

  /** One row being filled: every column must be set once before {@link #add()}. */
  public final class NewRow {
    private final Table table;
    private final Object[] values = new Object[columns.size()];

    private NewRow(Table table) {
      this.table = table;
    }

    /** Sets a cell; the column must belong to this table. */
    public <T> NewRow set(OutputColumn<T, ?> column, T value) {
      Integer at = positions.get(column);
      if (at == null) {
        throw new IllegalArgumentException(name + " has no column " + column.name());
      }
      values[at] = value;
      return this;
    }

    /** Appends the row, checking that no column was left out. */
    public void add() {
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          throw new IllegalStateException(
              name + ": column " + columns.get(i).name() + " was not set");
        }
      }
      for (int i = 0; i < values.length; i++) {
        append(columns.get(i), values[i]);
      }
    }

    @SuppressWarnings("unchecked")
    private <T> void append(OutputColumn<T, ?> column, Object value) {
      column.appendTo(table, (T) value);
    }
  }
}
