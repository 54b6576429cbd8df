package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.CHARACTER;
import static org.reviewlens.analyse.Columns.CHAR_BEGIN;
import static org.reviewlens.analyse.Columns.CHAR_END;
import static org.reviewlens.analyse.Columns.KIND;
import static org.reviewlens.analyse.Columns.REVIEW_ID;
import static org.reviewlens.analyse.Columns.SENTENCE_INDEX;

import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.extract.Mention;
import tech.tablesaw.api.Table;

/** {@code mentions.csv}: one row per character mention, film-title uses included. */
public final class MentionsTable extends Analysis {
  public static final OutputColumn.Text SURFACE = OutputColumn.text("surface");
  public static final OutputColumn.Text VARIANT = OutputColumn.text("variant");
  public static final OutputTable TABLE =
      OutputTable.of(
          "mentions",
          REVIEW_ID,
          SENTENCE_INDEX,
          CHAR_BEGIN,
          CHAR_END,
          SURFACE,
          CHARACTER,
          KIND,
          VARIANT);

  public MentionsTable() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    return perReview(
        input,
        (r, t) -> {
          for (Mention m : r.mentions()) {
            TABLE
                .row(t)
                .set(REVIEW_ID, r.reviewId())
                .set(SENTENCE_INDEX, m.sentenceIndex())
                .set(CHAR_BEGIN, m.charBegin())
                .set(CHAR_END, m.charEnd())
                .set(SURFACE, m.surface())
                .set(CHARACTER, m.character())
                .set(KIND, m.kind().label())
                .set(VARIANT, m.variant())
                .add();
          }
        });
  }
}
