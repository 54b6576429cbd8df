package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.CHARACTER;
import static org.reviewlens.analyse.Columns.KIND;
import static org.reviewlens.analyse.Columns.REVIEW_ID;
import static org.reviewlens.analyse.Columns.SENTENCE_INDEX;

import java.util.List;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.Mention;
import org.reviewlens.extract.Sentence;
import tech.tablesaw.api.Table;

/**
 * Keyword in context: one row for every character mention, with the words around it in its
 * sentence, the evidence table spreadsheet users pivot on.
 */
public final class Kwic extends Analysis {
  public static final OutputColumn.Text LEFT = OutputColumn.text("left");
  public static final OutputColumn.Text MENTION = OutputColumn.text("mention");
  public static final OutputColumn.Text RIGHT = OutputColumn.text("right");
  public static final OutputTable TABLE =
      OutputTable.of("kwic", REVIEW_ID, SENTENCE_INDEX, CHARACTER, KIND, LEFT, MENTION, RIGHT);

  /** How many characters of context each side keeps, cut at a word boundary. */
  static final int CONTEXT = 60;

  public Kwic() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    return table(input.reviews());
  }

  static Table table(List<ExtractedReview> reviews) {
    Table t = TABLE.create();
    for (ExtractedReview r : reviews) {
      for (Mention m : r.mentions()) {
        Sentence s = r.sentences().get(m.sentenceIndex());
        String left = s.text().substring(0, Math.max(0, m.charBegin() - s.charBegin()));
        String right = s.text().substring(Math.min(s.text().length(), m.charEnd() - s.charBegin()));
        TABLE
            .row(t)
            .set(REVIEW_ID, r.reviewId())
            .set(SENTENCE_INDEX, m.sentenceIndex())
            .set(CHARACTER, m.character())
            .set(KIND, m.kind().label())
            .set(LEFT, tail(left))
            .set(MENTION, m.surface())
            .set(RIGHT, head(right))
            .add();
      }
    }
    return t;
  }

  static String tail(String text) {
    if (text.length() <= CONTEXT) {
      return text.stripLeading();
    }
    String cut = text.substring(text.length() - CONTEXT);
    int space = cut.indexOf(' ');
    return "…" + (space < 0 ? cut : cut.substring(space + 1));
  }

  static String head(String text) {
    if (text.length() <= CONTEXT) {
      return text.stripTrailing();
    }
    String cut = text.substring(0, CONTEXT);
    int space = cut.lastIndexOf(' ');
    return (space < 0 ? cut : cut.substring(0, space)) + "…";
  }
}
