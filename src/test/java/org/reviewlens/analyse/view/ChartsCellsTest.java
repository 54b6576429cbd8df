package org.reviewlens.analyse.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reviewlens.analyse.Columns;
import org.reviewlens.analyse.table.OutputColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A chart's cells are found by review and character, as a scan of the table would find them. */
class ChartsCellsTest {
  private static final OutputColumn.Real SCORE = OutputColumn.real("score");

  private static Table table() {
    return Table.create(
        StringColumn.create("review_id", "r1", "r1", "r2", "r1"),
        StringColumn.create("character", "Ani", "Igor", "Ani", "Ani"),
        DoubleColumn.create("score", 0.5, -0.25, 1.0, 9.0));
  }

  @Test
  void eachCellIsTheNumberOfItsReviewAndCharactersFirstRow() {
    Charts.Cells cells = new Charts.Cells(table(), Columns.REVIEW_ID, Columns.CHARACTER);
    assertEquals(0.5, cells.value("r1", "Ani", SCORE), "the first of two r1/Ani rows");
    assertEquals(-0.25, cells.value("r1", "Igor", SCORE));
    assertEquals(1.0, cells.value("r2", "Ani", SCORE));
  }

  @Test
  void aPairWithNoRowIsNotANumber() {
    Charts.Cells cells = new Charts.Cells(table(), Columns.REVIEW_ID, Columns.CHARACTER);
    assertEquals(Double.NaN, cells.value("r2", "Igor", SCORE));
    assertEquals(Double.NaN, cells.value("r3", "Ani", SCORE));
  }
}
