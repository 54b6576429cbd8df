package org.reviewlens.analyse;

import java.util.List;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.Mention;
import org.reviewlens.extract.Sentence;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Keyword in context: one row for every character mention, with the words around it in its
 * sentence, the evidence table spreadsheet users pivot on.
 */
public final class Kwic {
  /** How many characters of context each side keeps, cut at a word boundary. */
  static final int CONTEXT = 60;

  private Kwic() {}

  public static Table table(List<ExtractedReview> reviews) {
    Table t = Table.create("kwic", StringColumn.create("review_id"), IntColumn.create("sentence_index"),
        StringColumn.create("character"), StringColumn.create("kind"), StringColumn.create("left"),
        StringColumn.create("mention"), StringColumn.create("right"));
    for (ExtractedReview r : reviews) {
      for (Mention m : r.mentions()) {
        Sentence s = r.sentences().get(m.sentenceIndex());
        String left = s.text().substring(0, Math.max(0, m.charBegin() - s.charBegin()));
        String right = s.text().substring(Math.min(s.text().length(), m.charEnd() - s.charBegin()));
        t.stringColumn("review_id").append(r.reviewId());
        t.intColumn("sentence_index").append(m.sentenceIndex());
        t.stringColumn("character").append(m.character());
        t.stringColumn("kind").append(m.kind().label());
        t.stringColumn("left").append(tail(left));
        t.stringColumn("mention").append(m.surface());
        t.stringColumn("right").append(head(right));
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
