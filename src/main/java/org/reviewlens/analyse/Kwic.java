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
        Context around = Context.of(s.text(), s.charBegin(), m.charBegin(), m.charEnd());
        TABLE
            .row(t)
            .set(REVIEW_ID, r.reviewId())
            .set(SENTENCE_INDEX, m.sentenceIndex())
            .set(CHARACTER, m.character())
            .set(KIND, m.kind().label())
            .set(LEFT, around.left())
            .set(MENTION, m.surface())
            .set(RIGHT, around.right())
            .add();
      }
    }
    return t;
  }

  /**
   * The words either side of a span of a sentence, as {@code kwic.csv} shows them: up to {@value
   * #CONTEXT} characters each side, cut at a word boundary.
   *
   * @param left the words before the span
   * @param right the words after it
   */
  public record Context(String left, String right) {
    /**
     * The context of the span [begin, end) of a sentence, all offsets in the review's text.
     *
     * @param sentence the sentence's text
     * @param sentenceBegin where the sentence starts in the review's text
     */
    public static Context of(String sentence, int sentenceBegin, int begin, int end) {
      String left =
          sentence.substring(0, Math.min(sentence.length(), Math.max(0, begin - sentenceBegin)));
      String right =
          sentence.substring(Math.min(sentence.length(), Math.max(0, end - sentenceBegin)));
      return new Context(tail(left), head(right));
    }
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
