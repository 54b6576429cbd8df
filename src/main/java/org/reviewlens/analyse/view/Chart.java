package org.reviewlens.analyse.view;

import java.util.Optional;
import tech.tablesaw.plotly.components.Figure;

/**
 * One chart of the dashboard.
 *
 * @param id a file and element name: letters, digits and underscores only
 * @param title the heading
 * @param caption how to read it, one or two sentences
 * @param figure the plotly figure, built after {@link SafePlotlyTemplates#install()}
 * @param evidence for a chart of reviews and characters, how a click names the pair whose mentions
 *     the dashboard then shows
 */
public record Chart(
    String id, String title, String caption, Figure figure, Optional<Evidence> evidence) {
  public Chart {
    if (!id.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("chart id must be [A-Za-z0-9_]+: " + id);
    }
  }

  /** A chart whose clicks open no evidence. */
  public Chart(String id, String title, String caption, Figure figure) {
    this(id, title, caption, figure, Optional.empty());
  }
}
