package org.reviewlens.analyse.view;

import tech.tablesaw.plotly.components.Figure;

/**
 * One chart of the dashboard.
 *
 * @param id a file and element name: letters, digits and underscores only
 * @param title the heading
 * @param caption how to read it, one or two sentences
 * @param figure the plotly figure, built after {@link SafePlotlyTemplates#install()}
 */
public record Chart(String id, String title, String caption, Figure figure) {
  public Chart {
    if (!id.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("chart id must be [A-Za-z0-9_]+: " + id);
    }
  }
}
