package org.reviewlens.analyse.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.BarTrace;

class SafePlotlyTemplatesTest {
  private static String render(String label, String title) {
    SafePlotlyTemplates.install();
    Layout layout =
        Layout.builder().title(title).xAxis(Axis.builder().title(title).build()).build();
    BarTrace trace = BarTrace.builder(new String[] {label}, new double[] {1}).name(title).build();
    return new Figure(layout, trace).asJavascript("chart");
  }

  @Test
  void labelCannotCloseTheScriptBlock() {
    String js = render("</script><script>alert(1)</script>", "t");
    assertFalse(js.toLowerCase().contains("</script><script>alert"), js);
    assertTrue(
        js.indexOf("</script>") == js.lastIndexOf("</script>"), "only the block's own closing tag");
    assertTrue(js.contains("\\u003c/script>"), js);
  }

  @Test
  void backslashQuoteAndNewlineInTitlesAreEscaped() {
    String js = render("x", "a\\b 'c' \"d\"\ne </script>");
    assertTrue(js.contains("a\\\\b"), js);
    assertTrue(js.contains("\\'c\\'"), js);
    assertTrue(js.contains("\\n"), js);
    assertTrue(js.contains("title: 'a\\\\b \\'c\\' \\\"d\\\"\\ne <\\/script>'"), js);
    assertTrue(
        js.indexOf("</script>") == js.lastIndexOf("</script>"), "only the block's own closing tag");
  }

  @Test
  void plotlyMarkupInOutsideTextIsShownNotObeyed() {
    assertTrue(PlotlyText.plain("<b>bold</b> & co").equals("&lt;b&gt;bold&lt;/b&gt; &amp; co"));
  }
}
