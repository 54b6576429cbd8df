package org.reviewlens.analyse.view;

import org.unbescape.html.HtmlEscape;

/** HTML escaping for outside text placed in the dashboard's markup. */
public final class Html {
  private Html() {}

  public static String text(String s) {
    return HtmlEscape.escapeHtml4Xml(s == null ? "" : s);
  }

  /** A link only for http(s) addresses; anything else (e.g. {@code javascript:}) stays text. */
  public static String link(String url) {
    if (url != null && url.matches("(?i)https?://[^\\s\"'<>]+")) {
      return "<a href=\"" + text(url) + "\" rel=\"noopener noreferrer\">" + text(url) + "</a>";
    }
    return text(url);
  }
}
