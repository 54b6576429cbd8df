package org.reviewlens.report.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/** Builds the dashboard's charts from the analysis tables. */
public final class ChartBuilder {
  static final List<String> LABELS = List.of("Very negative", "Negative", "Neutral", "Positive", "Very positive");
  static final Set<String> NON_NAME_TYPES =
      Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL", "PERCENT", "MONEY", "SET");
  static final int TOP_ENTITIES = 8;
  private static final Margin HEATMAP_MARGIN = Margin.builder().left(190).build();

  public ChartBuilder() {
    SafePlotlyTemplates.install();
  }

  /** Every chart, in dashboard order. */
  public List<Chart> all(Map<String, Table> tables) {
    Table mentions = tables.get("character_mentions");
    return List.of(
        mentionBars(mentions, "total_mentions", "mentions_counts", "Character mentions per review",
            "Mentions of each character by name, pronoun, actor and speaker label. Taller bars: more attention.", "mentions"),
        mentionBars(mentions, "mentions_per_1k_tokens", "mentions_per_1k", "Character mentions per 1,000 tokens",
            "The same counts divided by review length, so long and short reviews compare fairly.", "mentions per 1,000 tokens"),
        mentionShare(mentions),
        characterTone(tables.get("character_tone")),
        toneArcs(tables.get("tone_arc")),
        sentimentLabels(tables.get("sentences")),
        topEntities(tables.get("entities")),
        distinctiveTerms(tables.get("distinctive_terms")),
        similarity(tables.get("similarity")));
  }

  static final int TOP_TERMS = 10;

  private Chart distinctiveTerms(Table terms) {
    List<Trace> traces = new ArrayList<>();
    for (String review : reviews(terms)) {
      Table mine = terms.where(terms.stringColumn("review_id").isEqualTo(review)).first(TOP_TERMS);
      String[] labels = mine.stringColumn("term").asList().stream().map(t -> review + ": " + t).toArray(String[]::new);
      traces.add(BarTrace.builder(PlotlyText.plain(labels), mine.doubleColumn("z_score").asDoubleArray())
          .orientation(BarTrace.Orientation.HORIZONTAL).name(PlotlyText.plain(review)).build());
    }
    String title = "Distinctive words of each review";
    return new Chart("distinctive_terms", title,
        "The " + TOP_TERMS + " lemmas each review uses most distinctly against the others (weighted log-odds, Monroe et al. 2008). A z-score above 2 is a clear difference.",
        new Figure(Layout.builder().title(title).height(Math.max(500, 24 * TOP_TERMS * traces.size()))
            .margin(Margin.builder().left(260).build())
            .xAxis(Axis.builder().title("z-score").build())
            .yAxis(Axis.builder().autoRange(Axis.AutoRange.REVERSED).build()).build(), traces.toArray(Trace[]::new)));
  }

  private Chart similarity(Table pairs) {
    List<String> reviews = new ArrayList<>(new LinkedHashSet<>(pairs.stringColumn("review_a").asList()));
    pairs.stringColumn("review_b").asList().stream().filter(r -> !reviews.contains(r)).forEach(reviews::add);
    double[][] z = new double[reviews.size()][reviews.size()];
    String[][] text = new String[reviews.size()][reviews.size()];
    for (int a = 0; a < reviews.size(); a++) {
      for (int b = 0; b < reviews.size(); b++) {
        z[a][b] = a == b ? 1 : Double.NaN;
        text[a][b] = PlotlyText.plain(reviews.get(a) + " vs " + reviews.get(b) + (a == b ? ": itself" : ""));
      }
    }
    for (Row r : pairs) {
      int a = reviews.indexOf(r.getString("review_a"));
      int b = reviews.indexOf(r.getString("review_b"));
      double v = r.getDouble("similarity");
      z[a][b] = v;
      z[b][a] = v;
      String label = String.format(Locale.ROOT, "%s vs %s: cosine %.2f", r.getString("review_a"), r.getString("review_b"), v);
      text[a][b] = PlotlyText.plain(label);
      text[b][a] = PlotlyText.plain(label);
    }
    String[] labels = PlotlyText.plain(reviews.toArray(String[]::new));
    String title = "How alike the reviews' vocabularies are";
    return new Chart("similarity", title,
        "Cosine similarity of TF-IDF vectors of content lemmas: 1 is the same word mix, 0 no word in common. Darker cells are closer pairs.",
        new Figure(layout(title, "review", "review").margin(HEATMAP_MARGIN).build(),
            new HoverHeatmapTrace(labels, labels, z, text, HoverHeatmapTrace.Scale.SEQUENTIAL, 1)));
  }

  private static List<String> reviews(Table t) {
    return new ArrayList<>(new LinkedHashSet<>(t.stringColumn("review_id").asList()));
  }

  /** Characters that at least one review mentions, in cast order. */
  private static List<String> mentionedCharacters(Table mentions) {
    Map<String, Integer> totals = new LinkedHashMap<>();
    for (Row r : mentions) {
      totals.merge(r.getString("character"), r.getInt("total_mentions"), Integer::sum);
    }
    return totals.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
  }

  private static double value(Table t, String review, String character, String column) {
    for (Row r : t) {
      if (r.getString("review_id").equals(review) && r.getString("character").equals(character)) {
        return r.getNumber(column);
      }
    }
    return Double.NaN;
  }

  private Chart mentionBars(Table t, String column, String id, String title, String caption, String yTitle) {
    List<String> reviews = reviews(t);
    List<Trace> traces = new ArrayList<>();
    for (String character : mentionedCharacters(t)) {
      double[] y = reviews.stream().mapToDouble(r -> value(t, r, character, column)).toArray();
      traces.add(BarTrace.builder(PlotlyText.plain(reviews.toArray(String[]::new)), y).name(PlotlyText.plain(character)).build());
    }
    Layout layout = layout(title, "review", yTitle).barMode(Layout.BarMode.GROUP).build();
    return new Chart(id, title, caption, new Figure(layout, traces.toArray(Trace[]::new)));
  }

  private Chart mentionShare(Table t) {
    List<String> reviews = reviews(t);
    List<String> characters = mentionedCharacters(t);
    double[][] z = new double[reviews.size()][characters.size()];
    String[][] text = new String[reviews.size()][characters.size()];
    for (int r = 0; r < reviews.size(); r++) {
      for (int c = 0; c < characters.size(); c++) {
        z[r][c] = value(t, reviews.get(r), characters.get(c), "share_of_review");
        int n = (int) value(t, reviews.get(r), characters.get(c), "total_mentions");
        text[r][c] = PlotlyText.plain(String.format(Locale.ROOT, "%s in %s: %.0f%% of character mentions (%d)", characters.get(c), reviews.get(r), 100 * z[r][c], n));
      }
    }
    HoverHeatmapTrace trace = new HoverHeatmapTrace(PlotlyText.plain(characters.toArray(String[]::new)), PlotlyText.plain(reviews.toArray(String[]::new)), z, text, HoverHeatmapTrace.Scale.SEQUENTIAL, 1);
    String title = "Each character's share of a review's character talk";
    return new Chart("mention_share", title,
        "Each row sums to 100%: how a reviewer divides their attention among the characters. Hover for the share and the count.",
        new Figure(layout(title, "character", "review").margin(HEATMAP_MARGIN).build(), trace));
  }

  private Chart characterTone(Table t) {
    Table perReview = t;
    List<String> reviews = reviews(perReview);
    List<String> characters = new ArrayList<>();
    for (Row r : perReview) {
      if (r.getInt("sentences") > 0 && !characters.contains(r.getString("character"))) {
        characters.add(r.getString("character"));
      }
    }
    double[][] z = new double[reviews.size()][characters.size()];
    String[][] text = new String[reviews.size()][characters.size()];
    double range = 0.1;
    for (int r = 0; r < reviews.size(); r++) {
      for (int c = 0; c < characters.size(); c++) {
        double mean = value(perReview, reviews.get(r), characters.get(c), "mean_score");
        int n = (int) value(perReview, reviews.get(r), characters.get(c), "sentences");
        z[r][c] = mean;
        range = Double.isNaN(mean) ? range : Math.max(range, Math.abs(mean));
        text[r][c] = PlotlyText.plain(n == 0
            ? String.format(Locale.ROOT, "%s in %s: not mentioned", characters.get(c), reviews.get(r))
            : String.format(Locale.ROOT, "%s in %s: mean tone %+.2f from %d sentence%s (95%% CI %+.2f to %+.2f)",
                characters.get(c), reviews.get(r), mean, n, n == 1 ? "" : "s",
                value(perReview, reviews.get(r), characters.get(c), "ci_low"),
                value(perReview, reviews.get(r), characters.get(c), "ci_high")));
      }
    }
    HoverHeatmapTrace trace = new HoverHeatmapTrace(PlotlyText.plain(characters.toArray(String[]::new)), PlotlyText.plain(reviews.toArray(String[]::new)), z, text, HoverHeatmapTrace.Scale.DIVERGING, range);
    String title = "Tone toward each character";
    return new Chart("character_tone", title,
        "Mean sentiment (-1 to +1) of the reviewer's sentences that mention the character: green is warmer, red colder. Hover for the number of sentences and the 95% interval; few sentences mean little.",
        new Figure(layout(title, "character", "review").margin(HEATMAP_MARGIN).build(), trace));
  }

  private Chart toneArcs(Table t) {
    List<Trace> traces = new ArrayList<>();
    for (String review : reviews(t)) {
      Table arc = t.where(t.stringColumn("review_id").isEqualTo(review));
      traces.add(ScatterTrace.builder(arc.doubleColumn("position"), arc.doubleColumn("smoothed"))
          .mode(ScatterTrace.Mode.LINE).name(PlotlyText.plain(review)).build());
    }
    String title = "Tone across each review";
    return new Chart("tone_arcs", title,
        "Smoothed sentiment (DCT low-pass) from the first sentence (0) to the last (1), one line per review. Compare shapes, not heights: plot summary reads as negative.",
        new Figure(layout(title, "position in review", "smoothed tone").build(), traces.toArray(Trace[]::new)));
  }

  private Chart sentimentLabels(Table sentences) {
    List<String> reviews = reviews(sentences);
    List<Trace> traces = new ArrayList<>();
    for (String label : LABELS) {
      double[] y = new double[reviews.size()];
      for (int i = 0; i < reviews.size(); i++) {
        String review = reviews.get(i);
        Table mine = sentences.where(sentences.stringColumn("review_id").isEqualTo(review));
        long n = mine.stringColumn("sentiment").asList().stream().filter(label::equals).count();
        y[i] = mine.rowCount() == 0 ? 0 : (double) n / mine.rowCount();
      }
      traces.add(BarTrace.builder(PlotlyText.plain(reviews.toArray(String[]::new)), y).name(label).build());
    }
    String title = "Sentiment labels per review";
    return new Chart("sentiment_labels", title,
        "Share of each review's sentences (all of them, dialogue included) with each CoreNLP label, stacked to 100%.",
        new Figure(layout(title, "review", "share of sentences").barMode(Layout.BarMode.STACK).build(), traces.toArray(Trace[]::new)));
  }

  private Chart topEntities(Table entities) {
    List<String> reviews = reviews(entities);
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (Row r : entities) {
      if (!NON_NAME_TYPES.contains(r.getString("ner_type"))) {
        counts.computeIfAbsent(r.getString("review_id"), k -> new LinkedHashMap<>()).merge(r.getString("text"), 1, Integer::sum);
      }
    }
    Set<String> shown = new LinkedHashSet<>();
    for (String review : reviews) {
      counts.getOrDefault(review, Map.of()).entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(TOP_ENTITIES).forEach(e -> shown.add(e.getKey()));
    }
    List<String> labels = shown.stream().sorted(Comparator.comparing(s -> s.toLowerCase(Locale.ROOT))).toList();
    List<Trace> traces = new ArrayList<>();
    for (String review : reviews) {
      double[] x = labels.stream().mapToDouble(l -> counts.getOrDefault(review, Map.of()).getOrDefault(l, 0)).toArray();
      traces.add(BarTrace.builder(PlotlyText.plain(labels.toArray(String[]::new)), x)
          .orientation(BarTrace.Orientation.HORIZONTAL).name(PlotlyText.plain(review)).build());
    }
    String title = "Top named entities per review";
    return new Chart("top_entities", title,
        "The " + TOP_ENTITIES + " people, places, organisations and titles each review names most often (CoreNLP NER; dates and numbers left out).",
        new Figure(Layout.builder().title(title).height(Math.max(450, 22 * labels.size() * Math.max(1, reviews.size()) / 2))
            .margin(Margin.builder().left(180).build()).barMode(Layout.BarMode.GROUP)
            .xAxis(Axis.builder().title("mentions").build()).build(), traces.toArray(Trace[]::new)));
  }

  private static Layout.LayoutBuilder layout(String title, String xTitle, String yTitle) {
    return Layout.builder().title(title).height(450)
        .xAxis(Axis.builder().title(xTitle).build())
        .yAxis(Axis.builder().title(yTitle).build());
  }
}
