package org.reviewlens.analyse.view;

import java.util.List;

/**
 * How a click on a chart names the review and the character whose evidence it opens: the mentions
 * behind the value, as in {@code kwic.csv}.
 *
 * @param shape how the chart lays out reviews and characters
 * @param reviews the reviews in the chart's order
 * @param characters the characters in the chart's order
 */
public record Evidence(Shape shape, List<String> reviews, List<String> characters) {
  /** Where a chart keeps its reviews and characters. */
  public enum Shape {
    /** One bar trace per character, the reviews along x. */
    BARS,
    /** A heatmap with the characters along x and the reviews along y. */
    HEATMAP
  }

  public Evidence {
    reviews = List.copyOf(reviews);
    characters = List.copyOf(characters);
  }
}
