package org.reviewlens.analyse.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class OutputTableTest {
  private static final OutputColumn.Text NAME = OutputColumn.text("name");
  private static final OutputColumn.Whole AGE = OutputColumn.whole("age");
  private static final OutputColumn.Real SCORE = OutputColumn.real("score");
  private static final OutputTable PEOPLE = OutputTable.of("people", NAME, AGE, SCORE);

  @Test
  void aTableHasItsColumnsInOrderAndItsFileName() {
    Table t = PEOPLE.create();
    assertEquals("people", t.name());
    assertEquals(List.of("name", "age", "score"), t.columnNames());
    assertEquals(PEOPLE.header(), t.columnNames());
    assertEquals("people.csv", PEOPLE.fileName());
  }

  @Test
  void aRowIsAddedWhateverTheOrderItsCellsAreSetIn() {
    Table t = PEOPLE.create();
    PEOPLE.row(t).set(SCORE, 0.5).set(NAME, "Ani").set(AGE, 23).add();
    assertEquals("Ani", NAME.get(t.row(0)));
    assertEquals(23, AGE.get(t.row(0)));
    assertEquals(0.5, SCORE.get(t.row(0)));
  }

  /** Reading a missing real through the row once gave null, and a chart failed on it. */
  @Test
  void aMissingRealReadsBackAsNaN() {
    Table t = PEOPLE.create();
    PEOPLE.row(t).set(NAME, "Igor").set(AGE, 30).set(SCORE, Double.NaN).add();
    assertEquals(Double.NaN, SCORE.get(t.row(0)));
  }

  @Test
  void aRowWithAColumnLeftOutIsRefusedAndNothingIsAdded() {
    Table t = PEOPLE.create();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> PEOPLE.row(t).set(NAME, "Ani").set(SCORE, 1.0).add());
    assertEquals("people: column age was not set", e.getMessage());
    assertEquals(0, t.rowCount());
  }

  @Test
  void aColumnOfAnotherTableIsRefused() {
    OutputColumn.Text city = OutputColumn.text("city");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PEOPLE.row(PEOPLE.create()).set(city, "Reno"));
    assertEquals("people has no column city", e.getMessage());
  }

  @Test
  void aColumnDeclaredTwiceIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> OutputTable.of("twice", NAME, AGE, NAME));
  }
}
