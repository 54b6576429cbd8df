package org.reviewlens.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.reviewlens.annotate.QuoteSpan;
import org.reviewlens.extract.NameSpan;

/**
 * Says what a quotation is doing: the film's title, a nickname inside a name, a scare quote, or
 * dialogue. CoreNLP's speaker guess is kept in its own column but credited to a character only for
 * dialogue, because CoreNLP names a speaker even for a scare quote.
 */
public final class QuoteClassifier {
  private static final Pattern MARKS = Pattern.compile("^[“”\"‘’'«»]+|[“”\"‘’'«»]+$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]$");
  private static final int SCARE_QUOTE_MAX_WORDS = 3;

  private final String filmTitle;

  public QuoteClassifier(String filmTitle) {
    this.filmTitle = filmTitle.toLowerCase(Locale.ROOT);
  }

  public QuoteKind kind(QuoteSpan quote, List<NameSpan> names) {
    String content = MARKS.matcher(quote.text()).replaceAll("").trim();
    boolean insideName =
        names.stream()
            .anyMatch(
                n ->
                    n.isCharacter() && n.begin() < quote.charBegin() && quote.charEnd() <= n.end());
    if (insideName) {
      return QuoteKind.NICKNAME;
    }
    if (content.toLowerCase(Locale.ROOT).equals(filmTitle)) {
      return QuoteKind.TITLE;
    }
    int words = content.isEmpty() ? 0 : content.split("\\s+").length;
    boolean sentence = SENTENCE_END.matcher(content).find();
    if (words <= SCARE_QUOTE_MAX_WORDS && !sentence) {
      return QuoteKind.SCARE_QUOTE;
    }
    return sentence ? QuoteKind.DIALOGUE : QuoteKind.OTHER;
  }
}
