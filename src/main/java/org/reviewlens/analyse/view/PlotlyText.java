package org.reviewlens.analyse.view;

/**
 * Makes outside text show literally in a plotly label. Plotly reads a small HTML-like markup in
 * labels ({@code <b>}, {@code <br>}, {@code <a href>}) and decodes entities, so the markup
 * characters are written as entities: a reviewer's {@code <b>} is shown, not obeyed.
 */
public final class PlotlyText {
  private PlotlyText() {}

  public static String plain(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  public static String[] plain(String[] texts) {
    String[] out = new String[texts.length];
    for (int i = 0; i < texts.length; i++) {
      out[i] = plain(texts[i]);
    }
    return out;
  }
}
