package org.reviewlens.analyse.view;

import java.util.List;

/**
 * How a click on a chart names the rows behind the value it shows, which the dashboard then lists.
 *
 * @param source which rows: the mentions of a character ({@code kwic.csv}) or the sentences of a
 *     kind ({@code sentences.csv})
 * @param shape how the chart lays out reviews and series
 * @param reviews the reviews in the chart's order
 * @param series the chart's other dimension, in its order: characters for {@link Source#MENTIONS};
 *     for {@link Source#SENTENCES}, a CoreNLP label, a {@code role}, or {@link #VOICE} for all the
 *     reviewer's own sentences, or {@link #VERDICT} for those that weighed most in the verdict; for
 *     {@link Source#QUOTES}, the characters who speak, or {@link #NO_SPEAKER}; for {@link
 *     Source#ENTITIES}, the entities' text
 */
public record Evidence(Source source, Shape shape, List<String> reviews, List<String> series) {
  /**
   * The series of all the sentences in the reviewer's voice: those the tone analyses read ({@code
   * in_tone} in {@code sentences.csv}), dialogue lines left out unless the run includes them.
   */
  public static final String VOICE = "voice";

  /**
   * The series of a review's verdict: a click lists the sentences that weighed most in it, with
   * their weight ({@code verdict_weight} in {@code sentences.csv}), heaviest first.
   */
  public static final String VERDICT = "verdict";

  /** The series of the quotations whose speaker the text does not make clear. */
  public static final String NO_SPEAKER = "(no speaker identified)";

  /** What a click lists. */
  public enum Source {
    /** The mentions of the series' character in the review, film-title uses aside. */
    MENTIONS,
    /** The review's sentences with the series' label or role. */
    SENTENCES,
    /** The review's quotations spoken by the series' character ({@code quotes.csv}). */
    QUOTES,
    /** The review's named entities with the series' text ({@code entities.csv}), in context. */
    ENTITIES
  }

  /** Where a chart keeps its reviews and series. */
  public enum Shape {
    /** One bar trace per series, the reviews along x. */
    BARS,
    /** A heatmap with the series along x and the reviews along y. */
    HEATMAP,
    /** One bar trace per review, the series along the category axis. */
    TRACES
  }

  public Evidence {
    reviews = List.copyOf(reviews);
    series = List.copyOf(series);
  }
}
