package org.reviewlens.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.Mention;
import org.reviewlens.extract.MentionKind;
import org.reviewlens.extract.Sentence;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The tone tables: per review, per review and character, and along each review. All three read
 * the reviewer's own voice: sentences on script-style dialogue lines are left out unless {@link
 * ToneOptions#includeDialogue()} says otherwise.
 */
public final class Tone {
  private final ToneOptions options;

  public Tone(ToneOptions options) {
    this.options = options;
  }

  /** The sentences that speak in the reviewer's voice, in order. */
  List<Sentence> voice(ExtractedReview review) {
    return review.sentences().stream().filter(s -> options.includeDialogue() || !s.dialogue()).toList();
  }

  /** One row per review: the distribution of its sentence scores and labels. */
  public Table reviewTone(List<ExtractedReview> reviews) {
    Table t =
        Table.create(
            "review_tone",
            StringColumn.create("review_id"),
            StringColumn.create("reviewer"),
            IntColumn.create("sentences"),
            DoubleColumn.create("mean_score"),
            DoubleColumn.create("median_score"),
            DoubleColumn.create("std"),
            DoubleColumn.create("share_negative"),
            DoubleColumn.create("share_neutral"),
            DoubleColumn.create("share_positive"));
    for (ExtractedReview r : reviews) {
      List<Sentence> sentences = voice(r);
      double[] scores = scores(sentences);
      int n = sentences.size();
      t.stringColumn("review_id").append(r.reviewId());
      t.stringColumn("reviewer").append(r.metadata().reviewer());
      t.intColumn("sentences").append(n);
      t.doubleColumn("mean_score").append(Stats.mean(scores));
      t.doubleColumn("median_score").append(Stats.median(scores));
      t.doubleColumn("std").append(Stats.std(scores));
      t.doubleColumn("share_negative").append(share(sentences, "negative"));
      t.doubleColumn("share_neutral").append(share(sentences, "neutral"));
      t.doubleColumn("share_positive").append(share(sentences, "positive"));
    }
    return t;
  }

  /**
   * One row per review and character. A sentence counts for a character when it holds any mention
   * of them other than a film-title use.
   */
  public Table characterTone(List<ExtractedReview> reviews, List<String> characters) {
    Table t = Table.create("character_tone", StringColumn.create("review_id"), StringColumn.create("reviewer"));
    addToneColumns(t);
    for (ExtractedReview r : reviews) {
      double floor = Stats.std(scores(voice(r)));
      for (String character : characters) {
        t.stringColumn("review_id").append(r.reviewId());
        t.stringColumn("reviewer").append(r.metadata().reviewer());
        addCharacterTone(t, character, about(r, character), floor);
      }
    }
    return t;
  }

  /**
   * One row per character, over the sentences of every review: a table of its own, so that no
   * review id stands for "all reviews".
   */
  public Table characterToneOverall(List<ExtractedReview> reviews, List<String> characters) {
    Table t = Table.create("character_tone_overall");
    addToneColumns(t);
    List<Sentence> allVoice = new ArrayList<>();
    reviews.forEach(r -> allVoice.addAll(voice(r)));
    double floor = Stats.std(scores(allVoice));
    for (String character : characters) {
      List<Sentence> all = new ArrayList<>();
      reviews.forEach(r -> all.addAll(about(r, character)));
      addCharacterTone(t, character, all, floor);
    }
    return t;
  }

  private static void addToneColumns(Table t) {
    t.addColumns(
        StringColumn.create("character"),
        IntColumn.create("sentences"),
        DoubleColumn.create("mean_score"),
        DoubleColumn.create("ci_low"),
        DoubleColumn.create("ci_high"),
        StringColumn.create("most_positive_sentence"),
        StringColumn.create("most_negative_sentence"));
  }

  private void addCharacterTone(Table t, String character, List<Sentence> sentences, double floor) {
    double[] scores = scores(sentences);
    double[] ci = sentences.isEmpty() ? new double[] {Double.NaN, Double.NaN} : Stats.confidenceInterval(scores, floor);
    Comparator<Sentence> byScore = Comparator.comparingDouble(Sentence::score);
    t.stringColumn("character").append(character);
    t.intColumn("sentences").append(sentences.size());
    t.doubleColumn("mean_score").append(Stats.mean(scores));
    t.doubleColumn("ci_low").append(ci[0]);
    t.doubleColumn("ci_high").append(ci[1]);
    t.stringColumn("most_positive_sentence").append(sentences.stream().max(byScore.thenComparing(Sentence::index, Comparator.reverseOrder())).map(Sentence::text).orElse(""));
    t.stringColumn("most_negative_sentence").append(sentences.stream().min(byScore.thenComparing(Sentence::index)).map(Sentence::text).orElse(""));
  }

  /** The reviewer's-voice sentences of a review that mention a character. */
  List<Sentence> about(ExtractedReview review, String character) {
    Set<Integer> indexes = new HashSet<>();
    for (Mention m : review.mentions()) {
      if (m.character().equals(character) && m.kind() != MentionKind.FILM_TITLE) {
        indexes.add(m.sentenceIndex());
      }
    }
    return voice(review).stream().filter(s -> indexes.contains(s.index())).toList();
  }

  /**
   * One row per review and bin of normalised time: the mean score of the sentences in the bin, and
   * the DCT low-pass curve ({@link DctSmoother}) at the bin's centre.
   */
  public Table toneArc(List<ExtractedReview> reviews) {
    Table t =
        Table.create(
            "tone_arc",
            StringColumn.create("review_id"),
            IntColumn.create("bin"),
            DoubleColumn.create("position"),
            IntColumn.create("sentences"),
            DoubleColumn.create("mean_score"),
            DoubleColumn.create("smoothed"));
    for (ExtractedReview r : reviews) {
      double[] scores = scores(voice(r));
      if (scores.length == 0) {
        continue;
      }
      DctSmoother smoother = new DctSmoother(scores, options.componentsFor(scores.length));
      int bins = options.bins();
      double[] sums = new double[bins];
      int[] counts = new int[bins];
      for (int i = 0; i < scores.length; i++) {
        int bin = Math.min(bins - 1, (int) Math.floor((i + 0.5) / scores.length * bins));
        sums[bin] += scores[i];
        counts[bin]++;
      }
      for (int b = 0; b < bins; b++) {
        double centre = (b + 0.5) / bins;
        t.stringColumn("review_id").append(r.reviewId());
        t.intColumn("bin").append(b);
        t.doubleColumn("position").append(centre);
        t.intColumn("sentences").append(counts[b]);
        t.doubleColumn("mean_score").append(counts[b] == 0 ? Double.NaN : sums[b] / counts[b]);
        t.doubleColumn("smoothed").append(smoother.at(centre));
      }
    }
    return t;
  }

  private static double[] scores(List<Sentence> sentences) {
    return sentences.stream().mapToDouble(Sentence::score).toArray();
  }

  private static double share(List<Sentence> sentences, String group) {
    if (sentences.isEmpty()) {
      return Double.NaN;
    }
    long n = sentences.stream().filter(s -> groupOf(s.sentiment()).equals(group)).count();
    return (double) n / sentences.size();
  }

  /** Groups CoreNLP's five labels into negative, neutral and positive. */
  static String groupOf(String label) {
    String lower = label.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("negative")) {
      return "negative";
    }
    return lower.contains("positive") ? "positive" : "neutral";
  }
}
