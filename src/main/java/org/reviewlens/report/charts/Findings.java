package org.reviewlens.report.charts;

import static org.reviewlens.analyse.Columns.CHARACTER;
import static org.reviewlens.analyse.Columns.REVIEW_ID;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.reviewlens.analyse.AnalysisOutput;
import org.reviewlens.analyse.CharacterMentions;
import org.reviewlens.analyse.CharacterTone;
import org.reviewlens.analyse.ReviewTone;
import org.reviewlens.analyse.Similarity;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.view.Html;
import tech.tablesaw.api.Table;

/**
 * The dashboard's opening: what a reader wants to know, said in sentences built from the tables,
 * each linked to the chart that shows it. A finding the tables cannot support (one review, no
 * character) is left out rather than stated weakly.
 */
final class Findings {
  /** A character's tone is compared only where a review has at least this many sentences on it. */
  static final int MIN_SENTENCES = 3;

  /** How many of the most-mentioned characters get a sentence on who attends to them most. */
  static final int CHARACTERS = 3;

  /** One finding: the sentence, as HTML, and the id of the chart that shows it. */
  record Finding(String html, String chartId) {}

  private Findings() {}

  /** The findings, in reading order. */
  static List<Finding> of(List<AnalysisOutput> outputs) {
    List<Finding> findings = new ArrayList<>();
    AnalysisOutput.find(outputs, CharacterMentions.TABLE)
        .ifPresent(t -> findings.addAll(attention(t)));
    AnalysisOutput.find(outputs, ReviewTone.TABLE)
        .flatMap(Findings::verdicts)
        .ifPresent(findings::add);
    AnalysisOutput.find(outputs, CharacterTone.TABLE)
        .flatMap(Findings::disagreement)
        .ifPresent(findings::add);
    AnalysisOutput.find(outputs, Similarity.TABLE)
        .flatMap(Findings::likeness)
        .ifPresent(findings::add);
    return findings;
  }

  /** The findings as the dashboard's first section; empty when there are none. */
  static String section(List<AnalysisOutput> outputs) {
    List<Finding> findings = of(outputs);
    if (findings.isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<section id=\"findings\"><h2>Findings</h2><ul>");
    for (Finding f : findings) {
      html.append("<li>")
          .append(f.html())
          .append(" <a href=\"#")
          .append(f.chartId())
          .append("\">See the chart.</a></li>");
    }
    return html.append("</ul></section>").toString();
  }

  /** For each of the most-mentioned characters: the review that attends to it most, and least. */
  private static List<Finding> attention(Table t) {
    OutputColumn.Real perThousand = CharacterMentions.MENTIONS_PER_1K_TOKENS;
    Map<String, List<Integer>> byCharacter = groupRows(t, CHARACTER, row -> true);
    return byCharacter.entrySet().stream()
        .filter(e -> total(t, e.getValue()) > 0)
        .sorted(Comparator.comparingInt(e -> -total(t, e.getValue())))
        .limit(CHARACTERS)
        .map(
            e -> {
              int most = extreme(t, e.getValue(), perThousand, true);
              int least = extreme(t, e.getValue(), perThousand, false);
              String text =
                  String.format(
                      Locale.ROOT,
                      "<b>%s</b> gets the most attention in <i>%s</i>: %.1f mentions per 1,000"
                          + " tokens",
                      Html.text(e.getKey()),
                      Html.text(REVIEW_ID.of(t).get(most)),
                      perThousand.of(t).get(most));
              if (e.getValue().size() > 1) {
                text +=
                    String.format(
                        Locale.ROOT,
                        " (the least in <i>%s</i>: %.1f)",
                        Html.text(REVIEW_ID.of(t).get(least)),
                        perThousand.of(t).get(least));
              }
              return new Finding(text + ".", "mentions_per_1k");
            })
        .toList();
  }

  private static int total(Table t, List<Integer> rows) {
    return rows.stream().mapToInt(r -> CharacterMentions.TOTAL_MENTIONS.of(t).get(r)).sum();
  }

  /** The warmest and the coldest verdict, when two reviews or more have one. */
  private static Optional<Finding> verdicts(Table t) {
    OutputColumn.Real verdict = ReviewTone.VERDICT_SCORE;
    List<Integer> rows =
        IntStream.range(0, t.rowCount())
            .filter(r -> !Double.isNaN(verdict.of(t).get(r)))
            .boxed()
            .toList();
    if (rows.size() < 2) {
      return Optional.empty();
    }
    int warmest = extreme(t, rows, verdict, true);
    int coldest = extreme(t, rows, verdict, false);
    return Optional.of(
        new Finding(
            String.format(
                Locale.ROOT,
                "The warmest verdict is <i>%s</i>'s (%+.2f; %s); the coldest is <i>%s</i>'s"
                    + " (%+.2f; %s).",
                Html.text(REVIEW_ID.of(t).get(warmest)),
                verdict.of(t).get(warmest),
                basis(t, warmest),
                Html.text(REVIEW_ID.of(t).get(coldest)),
                verdict.of(t).get(coldest),
                basis(t, coldest)),
            "review_verdict"));
  }

  private static String basis(Table t, int row) {
    int n = ReviewTone.VERDICT_SENTENCES.of(t).get(row);
    return n == 0 ? "no judging sentence" : n + " judging sentence" + (n == 1 ? "" : "s");
  }

  /** The character whose tone differs most between the reviews that say enough about it. */
  private static Optional<Finding> disagreement(Table t) {
    OutputColumn.Real tone = CharacterTone.MEAN_SCORE;
    Map<String, List<Integer>> byCharacter =
        groupRows(t, CHARACTER, r -> CharacterTone.SENTENCES.of(t).get(r) >= MIN_SENTENCES);
    return byCharacter.entrySet().stream()
        .filter(e -> e.getValue().size() >= 2)
        .max(
            Comparator.comparingDouble(
                e ->
                    tone.of(t).get(extreme(t, e.getValue(), tone, true))
                        - tone.of(t).get(extreme(t, e.getValue(), tone, false))))
        .map(
            e -> {
              int warm = extreme(t, e.getValue(), tone, true);
              int cold = extreme(t, e.getValue(), tone, false);
              return new Finding(
                  String.format(
                      Locale.ROOT,
                      "The reviews differ most on <b>%s</b>: the sentences that mention the"
                          + " character average %+.2f in <i>%s</i> and %+.2f in <i>%s</i>.",
                      Html.text(e.getKey()),
                      tone.of(t).get(warm),
                      Html.text(REVIEW_ID.of(t).get(warm)),
                      tone.of(t).get(cold),
                      Html.text(REVIEW_ID.of(t).get(cold))),
                  "character_tone");
            });
  }

  /** The most and the least alike pair of reviews, when there are two pairs or more. */
  private static Optional<Finding> likeness(Table t) {
    if (t.rowCount() < 2) {
      return Optional.empty();
    }
    List<Integer> rows = IntStream.range(0, t.rowCount()).boxed().toList();
    int most = extreme(t, rows, Similarity.SIMILARITY, true);
    int least = extreme(t, rows, Similarity.SIMILARITY, false);
    return Optional.of(
        new Finding(
            String.format(
                Locale.ROOT,
                "The most alike reviews in their words are <i>%s</i> and <i>%s</i> (similarity"
                    + " %.2f); the least alike are <i>%s</i> and <i>%s</i> (%.2f).",
                Html.text(Similarity.REVIEW_A.of(t).get(most)),
                Html.text(Similarity.REVIEW_B.of(t).get(most)),
                Similarity.SIMILARITY.of(t).get(most),
                Html.text(Similarity.REVIEW_A.of(t).get(least)),
                Html.text(Similarity.REVIEW_B.of(t).get(least)),
                Similarity.SIMILARITY.of(t).get(least)),
            "similarity"));
  }

  /** The row with the largest (or smallest) value; the first such row on a tie. */
  private static int extreme(Table t, List<Integer> rows, OutputColumn.Real column, boolean max) {
    Comparator<Integer> byValue = Comparator.comparingDouble(r -> column.of(t).get(r));
    int best = rows.get(0);
    for (int r : rows) {
      int c = byValue.compare(r, best);
      if (max ? c > 0 : c < 0) {
        best = r;
      }
    }
    return best;
  }

  /** The rows that pass the filter, grouped by a text column, in order of first appearance. */
  private static Map<String, List<Integer>> groupRows(
      Table t, OutputColumn.Text key, IntPredicate keep) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      if (keep.test(r)) {
        groups.computeIfAbsent(key.of(t).get(r), k -> new ArrayList<>()).add(r);
      }
    }
    return groups;
  }
}
