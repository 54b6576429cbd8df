package org.reviewlens.evaluate;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.extract.MentionKind;
import org.reviewlens.extract.roles.SentenceRole;

/**
 * Prints evaluation results as Markdown tables: per review, per film and over all films, then the
 * misses and extras of each film with their context.
 */
public final class EvaluationReport {
  private static final String HEADER =
      "| %s | kind | gold | found | matched | precision | recall | F1 | count error |%n"
          + "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n";

  private final PrintStream out;

  public EvaluationReport(PrintStream out) {
    this.out = out;
  }

  /**
   * Prints every table.
   *
   * @param contexts for each film, the sentences that give a miss or an extra its context
   * @param details whether to list the misses and extras
   */
  public void print(List<Scorer.Result> results, Map<String, Contexts> contexts, boolean details) {
    for (Scorer.Result r : results) {
      out.printf("%n### %s, per review%n%n", r.film());
      out.printf(HEADER, "review");
      r.byReview().forEach((review, tallies) -> tallies.forEach((kind, t) -> row(review, kind, t)));
    }
    out.printf("%n### Per film%n%n");
    out.printf(HEADER, "film");
    for (Scorer.Result r : results) {
      r.total().forEach((kind, t) -> row(r.film(), kind, t));
    }
    out.printf("%n### All films together%n%n");
    out.printf(HEADER, "films");
    overall(results).forEach((kind, t) -> row(results.size() + " films", kind, t));
    if (details) {
      for (Scorer.Result r : results) {
        Contexts c = contexts.getOrDefault(r.film(), Contexts.NONE);
        list(r.film() + ": misses (in the gold, not found)", r.misses(), c);
        list(r.film() + ": extras (found, not in the gold)", r.extras(), c);
      }
    }
  }

  /**
   * How well each tone score ranks the reviews by their critics' ratings: Spearman's rank
   * correlation per split, the reviews kept aside (test) apart from those developed on (dev).
   */
  public void printRanking(List<RankAgreement.Result> results) {
    out.printf("%n### Tone against the critics' ratings (Spearman)%n%n");
    List<String> scores =
        results.isEmpty()
            ? RankAgreement.SCORES.stream().map(OutputColumn::name).toList()
            : List.copyOf(results.get(0).spearman().keySet());
    out.printf("| split | reviews | rated below the middle | %s |%n", String.join(" | ", scores));
    out.printf("| --- | ---: | ---: |%s%n", " ---: |".repeat(scores.size()));
    for (RankAgreement.Result r : results) {
      out.printf("| %s | %d | %d |", r.split(), r.reviews(), r.negative());
      scores.forEach(s -> out.printf(Locale.ROOT, " %.3f |", r.spearman().get(s)));
      out.printf("%n");
    }
  }

  /** The sentence roles against the hand-labelled ones: per role, then the confusions. */
  public void printRoles(RoleAgreement.Result result) {
    out.printf(
        Locale.ROOT,
        "%n### Sentence roles against the hand labels: accuracy %.3f (%d of %d)%n%n",
        result.accuracy(),
        result.correct(),
        result.sentences());
    out.printf("| role | gold | found | matched | precision | recall | F1 |%n");
    out.printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: |%n");
    result
        .tallies()
        .forEach(
            (role, t) ->
                out.printf(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n",
                    role.label(),
                    t.gold(),
                    t.found(),
                    t.matched(),
                    t.precision(),
                    t.recall(),
                    t.f1()));
    out.printf("%n| gold role | %s |%n", String.join(" | ", roleLabels()));
    out.printf("| --- |%s%n", " ---: |".repeat(SentenceRole.values().length));
    result
        .confusions()
        .forEach(
            (gold, found) -> {
              out.printf("| %s |", gold.label());
              for (SentenceRole role : SentenceRole.values()) {
                out.printf(" %d |", found.getOrDefault(role, 0));
              }
              out.printf("%n");
            });
  }

  private static List<String> roleLabels() {
    return java.util.Arrays.stream(SentenceRole.values()).map(r -> "found " + r.label()).toList();
  }

  /** For runs without cast.csv: the discovered cast of each film against the true one. */
  public void printCasts(Map<String, CastCheck> casts) {
    if (casts.isEmpty()) {
      return;
    }
    out.printf("%n### Discovered casts%n%n");
    out.printf(
        "| film | characters found | real people listed as characters | characters named twice or"
            + " more, found | recall | one character, several clusters |%n");
    out.printf("| --- | ---: | --- | --- | ---: | --- |%n");
    int named = 0;
    int found = 0;
    int people = 0;
    for (Map.Entry<String, CastCheck> e : casts.entrySet()) {
      CastCheck c = e.getValue();
      named += c.named().size();
      found += c.namedFound().size();
      people += c.realPeopleAsCharacters().size();
      out.printf(
          Locale.ROOT,
          "| %s | %d | %s | %d of %d | %.2f | %s |%n",
          e.getKey(),
          c.found().size(),
          c.realPeopleAsCharacters().isEmpty()
              ? "none"
              : String.join(", ", c.realPeopleAsCharacters()),
          c.namedFound().size(),
          c.named().size(),
          c.recall(),
          c.splits().isEmpty() ? "none" : c.splits().toString());
    }
    out.printf(
        Locale.ROOT,
        "| %d films | | %d | %d of %d | %.2f | |%n",
        casts.size(),
        people,
        found,
        named,
        named == 0 ? 1.0 : (double) found / named);
  }

  /** The tallies of every film added together, per kind. */
  public static Map<MentionKind, Tally> overall(List<Scorer.Result> results) {
    Map<MentionKind, Tally> total = new TreeMap<>();
    results.forEach(r -> r.total().forEach((k, t) -> total.merge(k, t, Tally::plus)));
    return total;
  }

  private void row(String name, MentionKind kind, Tally t) {
    out.printf(
        Locale.ROOT,
        "| %s | %s | %d | %d | %d | %.3f | %.3f | %.3f | %s |%n",
        name,
        kind.label(),
        t.gold(),
        t.found(),
        t.matched(),
        t.precision(),
        t.recall(),
        t.f1(),
        Double.isNaN(t.countError())
            ? ""
            : String.format(Locale.ROOT, "%.1f%%", 100 * t.countError()));
  }

  private void list(String heading, List<LabelledMention> mentions, Contexts contexts) {
    out.printf("%n#### %s: %d%n%n", heading, mentions.size());
    Set<String> seen = new TreeSet<>();
    for (LabelledMention m : mentions) {
      String line =
          String.format(
              "- %s @%d %s → %s (%s): %s",
              m.reviewId(),
              m.charBegin(),
              m.surface(),
              m.character(),
              m.kind().label(),
              contexts.around(m).orElse(""));
      if (seen.add(line)) {
        out.println(line);
      }
    }
  }

  /** The sentences of a run, for showing a mention in context. */
  public interface Contexts {
    Contexts NONE = m -> Optional.empty();

    /** The mention's sentence with the mention in [[double brackets]], when known. */
    Optional<String> around(LabelledMention m);
  }
}
