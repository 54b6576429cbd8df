package org.reviewlens.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reviewlens.corpus.Names;
import org.reviewlens.corpus.WordList;

/**
 * One sound romanised in several ways ("Gi" and "Ki", "Hsu" and "Xu", "Raam" and "Ram"): the
 * equivalences of {@code romanisation.txt}, applied in order to a name part, give the key two such
 * spellings share.
 */
final class Romanisation {
  private record Rule(Pattern pattern, String replacement) {}

  private static final List<Rule> RULES = load();

  private Romanisation() {}

  /** The name part with every equivalence applied: two spellings with one key are alike. */
  static String key(String part) {
    String key = Names.key(part);
    for (Rule r : RULES) {
      key = r.pattern().matcher(key).replaceAll(r.replacement());
    }
    return key;
  }

  private static List<Rule> load() {
    List<Rule> rules = new ArrayList<>();
    for (String line : WordList.lines(Romanisation.class, "romanisation.txt")) {
      String[] sides = line.split("=", -1);
      if (sides.length != 2) {
        throw new IllegalStateException(
            "romanisation.txt: expected 'pattern = replacement': " + line);
      }
      rules.add(new Rule(Pattern.compile(sides[0].strip()), sides[1].strip()));
    }
    return List.copyOf(rules);
  }
}
