package org.reviewlens.analyse.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import tech.tablesaw.plotly.Utils;
import tech.tablesaw.plotly.traces.AbstractTrace;
import tech.tablesaw.plotly.traces.HeatmapTrace;

/**
 * A heatmap whose hover shows a text per cell (e.g. the value and the number of sentences behind
 * it) on a diverging colour scale. Tablesaw's own {@link HeatmapTrace} has neither. It renders
 * through the same safe trace template as every other trace.
 */
public final class HoverHeatmapTrace extends AbstractTrace {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The colour scale: DIVERGING is red-white-green around 0, SEQUENTIAL white to blue from 0. */
  public enum Scale {
    DIVERGING("[[0,\"#b2182b\"],[0.5,\"#f7f7f7\"],[1,\"#1a9850\"]]"),
    SEQUENTIAL("[[0,\"#f7fbff\"],[1,\"#08519c\"]]");

    private final String json;

    Scale(String json) {
      this.json = json;
    }
  }

  private final Object[] x;
  private final Object[] y;
  private final double[][] z;
  private final String[][] text;
  private final Scale scale;
  private final double range;

  /**
   * @param range a DIVERGING scale spans [-range, +range], so 0 is always white; a SEQUENTIAL one
   *     spans [0, range]
   */
  public HoverHeatmapTrace(
      Object[] x, Object[] y, double[][] z, String[][] text, Scale scale, double range) {
    super(HeatmapTrace.builder(x, y, z));
    this.x = x;
    this.y = y;
    this.z = z;
    this.text = text;
    this.scale = scale;
    this.range = range;
  }

  @Override
  public String asJavascript(int i) {
    Map<String, Object> context = getContext();
    context.put("variableName", "trace" + i);
    context.put("x", Utils.dataAsString(x));
    context.put("y", Utils.dataAsString(y));
    context.put("z", zAsJson());
    context.put("text", json(text));
    context.put("hoverinfo", "text");
    context.put("colorscale", scale.json);
    context.put("zmin", scale == Scale.DIVERGING ? -range : 0);
    context.put("zmax", range);
    context.put("type", "heatmap");
    StringWriter out = new StringWriter();
    try {
      engine.getTemplate("trace_template.html").evaluate(out, context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Missing cells (NaN) become null, which plotly leaves blank. */
  private String zAsJson() {
    Double[][] boxed = new Double[z.length][];
    for (int r = 0; r < z.length; r++) {
      boxed[r] = new Double[z[r].length];
      for (int c = 0; c < z[r].length; c++) {
        boxed[r][c] = Double.isNaN(z[r][c]) ? null : z[r][c];
      }
    }
    return json(boxed);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
