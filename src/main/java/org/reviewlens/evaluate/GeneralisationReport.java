package org.reviewlens.evaluate;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.reviewlens.extract.MentionKind;

/**
 * The figures that say whether a rule generalises: per split (the frozen test films never mixed
 * with the others), per fold of the development films, per title form and per naming culture, each
 * macro-averaged over films with a 95% bootstrap interval, and the worst film.
 */
public final class GeneralisationReport {
  private static final String HEADER =
      "| group | kind | films | F1 | 95%% interval | count error | 95%% interval | worst film"
          + " (count error) |%n"
          + "| --- | --- | ---: | ---: | --- | ---: | --- | --- |%n";

  private final PrintStream out;

  public GeneralisationReport(PrintStream out) {
    this.out = out;
  }

  /** Prints one table per split of the films in {@code results}. */
  public void print(List<Scorer.Result> results, Map<String, FilmInfo> films) {
    Map<String, List<Scorer.Result>> bySplit = new LinkedHashMap<>();
    List<String> order = new ArrayList<>(FilmInfo.SPLITS);
    order.add("unlisted");
    order.forEach(s -> bySplit.put(s, new ArrayList<>()));
    for (Scorer.Result r : results) {
      bySplit.get(info(films, r).split()).add(r);
    }
    out.printf("%n### Macro-averages over films, with 95%% bootstrap intervals%n");
    bySplit.forEach(
        (split, part) -> {
          if (!part.isEmpty()) {
            printSplit(split, part, films);
          }
        });
  }

  private void printSplit(String split, List<Scorer.Result> part, Map<String, FilmInfo> films) {
    out.printf("%n#### %s films (%d)%n%n", split, part.size());
    out.printf(HEADER);
    rows("all", part);
    groups(part, films, f -> f.fold() > 0 ? "fold " + f.fold() : null);
    groups(part, films, f -> "title form: " + f.titleForm());
    groups(part, films, f -> f.realPerson() ? "real person (biopic)" : null);
    groups(part, films, f -> "culture: " + f.culture());
  }

  private void groups(
      List<Scorer.Result> part, Map<String, FilmInfo> films, Function<FilmInfo, String> group) {
    Map<String, List<Scorer.Result>> byGroup = new TreeMap<>();
    for (Scorer.Result r : part) {
      String name = group.apply(info(films, r));
      if (name != null) {
        byGroup.computeIfAbsent(name, g -> new ArrayList<>()).add(r);
      }
    }
    byGroup.forEach(this::rows);
  }

  private void rows(String group, List<Scorer.Result> part) {
    TreeSet<MentionKind> kinds = new TreeSet<>();
    part.forEach(r -> kinds.addAll(r.kinds()));
    for (MentionKind kind : kinds) {
      List<MacroAverage.FilmValue> f1 = new ArrayList<>();
      List<MacroAverage.FilmValue> error = new ArrayList<>();
      for (Scorer.Result r : part) {
        Tally t = r.total().get(kind);
        if (t != null) {
          f1.add(new MacroAverage.FilmValue(r.film(), t.f1()));
          error.add(new MacroAverage.FilmValue(r.film(), t.countError()));
        }
      }
      row(group, kind, MacroAverage.of(f1, true), MacroAverage.of(error, false));
    }
  }

  private void row(String group, MentionKind kind, MacroAverage f1, MacroAverage error) {
    out.printf(
        Locale.ROOT,
        "| %s | %s | %d | %.3f | %.3f–%.3f | %.1f%% | %.1f%%–%.1f%% | %s |%n",
        group,
        kind.label(),
        f1.films(),
        f1.mean(),
        f1.low(),
        f1.high(),
        100 * error.mean(),
        100 * error.low(),
        100 * error.high(),
        error.worst());
  }

  private static FilmInfo info(Map<String, FilmInfo> films, Scorer.Result r) {
    return films.getOrDefault(r.film(), FilmInfo.unlisted(r.film()));
  }
}
