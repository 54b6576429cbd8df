package org.reviewlens.report.charts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The pinned plotly.js, shipped from Maven Central as the {@code org.webjars.npm:plotly.js-dist}
 * 2.35.3 jar and copied next to the pages with its MIT licence, so the charts draw offline. Plotly
 * 2.x is pinned because 3.x drops Tablesaw's chart and axis titles.
 */
public final class PlotlyAsset {
  public static final String VERSION = "2.35.3";

  /** Where the pages find it, relative to the output directory. */
  public static final String PATH = "assets/plotly-" + VERSION + ".js";

  private static final String WEBJAR =
      "/META-INF/resources/webjars/plotly.js-dist/" + VERSION + "/";

  private PlotlyAsset() {}

  /** Copies plotly.js and its licence under {@code out/assets/}. */
  public static void copyTo(Path out) throws IOException {
    Path assets = Files.createDirectories(out.resolve("assets"));
    copy(WEBJAR + "plotly.js", out.resolve(PATH));
    copy(WEBJAR + "LICENSE", assets.resolve("plotly-LICENSE.txt"));
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in = PlotlyAsset.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(
            "missing " + resource + " on the class path (org.webjars.npm:plotly.js-dist)");
      }
      Files.copy(in, target);
    }
  }
}
