package org.reviewlens.analyse;

import org.reviewlens.analyse.table.OutputColumn;

/** Columns that mean the same in several tables. */
public final class Columns {
  public static final OutputColumn.Text REVIEW_ID = OutputColumn.text("review_id");
  public static final OutputColumn.Text REVIEWER = OutputColumn.text("reviewer");
  public static final OutputColumn.Text CHARACTER = OutputColumn.text("character");
  public static final OutputColumn.Whole SENTENCE_INDEX = OutputColumn.whole("sentence_index");
  public static final OutputColumn.Whole CHAR_BEGIN = OutputColumn.whole("char_begin");
  public static final OutputColumn.Whole CHAR_END = OutputColumn.whole("char_end");
  public static final OutputColumn.Text TEXT = OutputColumn.text("text");
  public static final OutputColumn.Text KIND = OutputColumn.text("kind");
  public static final OutputColumn.Whole COUNT = OutputColumn.whole("count");
  public static final OutputColumn.Text ALIASES = OutputColumn.text("aliases");
  public static final OutputColumn.Text EVIDENCE = OutputColumn.text("evidence");

  private Columns() {}
}
