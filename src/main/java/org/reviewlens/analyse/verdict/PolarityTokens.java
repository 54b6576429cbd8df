package org.reviewlens.analyse.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewlens.extract.roles.RoleLexicon;

/**
 * The words {@link PolarityModel} reads: lower-case words of the raw text (not CoreNLP's tokens, so
 * that it reads tens of thousands of training reviews without annotating them), each marked {@code
 * not_} after a negator ("not", "never", "didn't") until the next punctuation mark.
 */
final class PolarityTokens {
  private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*|[.,:;!?()]");
  private static final String NOT = "not_";

  private PolarityTokens() {}

  /** The marked words of a text, in order. */
  static List<String> of(String text) {
    RoleLexicon lexicon = RoleLexicon.get();
    List<String> tokens = new ArrayList<>();
    boolean negated = false;
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String token = m.group().replace('’', '\'');
      if (!java.lang.Character.isLetter(token.charAt(0))) {
        negated = false;
      } else if (lexicon.isNegator(token) || token.endsWith("n't")) {
        tokens.add(token);
        negated = true;
      } else {
        tokens.add(negated ? NOT + token : token);
      }
    }
    return tokens;
  }
}
