package org.reviewlens.analyse.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import tech.tablesaw.plotly.components.TemplateUtils;

/**
 * Replaces Tablesaw's stock plotly templates with ones that are safe for review text: every string
 * is JavaScript-escaped (so a backslash, a quote or a newline in a title cannot break the chart,
 * and {@code </script>} becomes {@code <\/script>}), and every JSON value has {@code <} written as
 * {@code \u003c} (so a label cannot close the script block). Every chart of the tool is built after
 * {@link #install()}; that is the one place the escaping happens.
 */
public final class SafePlotlyTemplates {
  private static final List<String> TEMPLATES =
      List.of("trace_template.html", "layout_template.html", "axis_template.html");
  private static boolean installed;

  private SafePlotlyTemplates() {}

  /**
   * Points Tablesaw at the safe templates. Idempotent; must run before any Figure, Layout or Trace
   * is constructed, because each builds its template engine when created.
   */
  public static synchronized void install() {
    if (installed) {
      return;
    }
    try {
      Path dir = Files.createTempDirectory("review-lens-templates");
      dir.toFile().deleteOnExit();
      for (String name : TEMPLATES) {
        try (InputStream in =
            SafePlotlyTemplates.class.getResourceAsStream(
                "/org/reviewlens/analyse/view/plotly-templates/" + name)) {
          Path file = dir.resolve(name);
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
          file.toFile().deleteOnExit();
        }
      }
      TemplateUtils.setTemplateLocations(dir.toString() + java.io.File.separator);
      installed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot install the chart templates", e);
    }
  }
}
