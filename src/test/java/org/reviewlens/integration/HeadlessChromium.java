package org.reviewlens.integration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a page in Debian's headless Chromium with the network off and reports what happened: how
 * many plotly charts drew, and every alert() call and JavaScript error. A hook script is added to a
 * copy of the page placed next to it, so relative links still resolve.
 */
final class HeadlessChromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");

  /** The browser window's width, in CSS pixels. */
  static final int WINDOW_WIDTH = 1400;

  private static final String HOOK =
      "<script>window.__alerts=[];window.__errors=[];"
          + "window.alert=function(m){window.__alerts.push(String(m));};"
          + "window.addEventListener('error',function(e){window.__errors.push(String(e.message));});window.addEventListener('load',function(){setTimeout(function(){var"
          + " d=document.createElement('div');"
          + "d.id='__report';d.setAttribute('data-alerts',JSON.stringify(window.__alerts));"
          + "d.setAttribute('data-errors',JSON.stringify(window.__errors));document.body.appendChild(d);},300);});</script>";

  /** What a page did in the browser. */
  record Outcome(int charts, String alerts, String errors, String dom) {}

  static Outcome open(Path page) throws IOException, InterruptedException {
    return open(page, "");
  }

  /**
   * Opens the page and, shortly after it has loaded and before the outcome is recorded, runs {@code
   * action}: a script that acts as a user would, such as clicking a chart.
   */
  static Outcome open(Path page, String action) throws IOException, InterruptedException {
    if (!Files.isExecutable(BINARY)) {
      throw new IllegalStateException(
          BINARY + " is missing: install it with 'apt-get install -y chromium' (.ci/run does)");
    }
    String html = Files.readString(page, StandardCharsets.UTF_8);
    Path probe = page.resolveSibling("__probe_" + page.getFileName());
    Files.writeString(
        probe,
        html.replaceFirst(
            "<head>",
            "<head>"
                + Matcher.quoteReplacement(
                    HOOK
                        + "<script>window.addEventListener('load',function(){setTimeout(function(){"
                        + action
                        + "},50);});</script>")),
        StandardCharsets.UTF_8);
    Path profile = Files.createTempDirectory("chromium-profile");
    List<String> command =
        new ArrayList<>(
            List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=8000",
                "--window-size=" + WINDOW_WIDTH + ",1000",
                "--dump-dom",
                probe.toUri().toString()));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("chromium timed out on " + page);
    }
    Files.delete(probe);
    Matcher report =
        Pattern.compile("id=\"__report\" data-alerts=\"([^\"]*)\" data-errors=\"([^\"]*)\"")
            .matcher(dom);
    if (!report.find()) {
      throw new IllegalStateException("the page never finished loading: " + page);
    }
    int charts = 0;
    Matcher svg = Pattern.compile("class=\"main-svg\"").matcher(dom);
    while (svg.find()) {
      charts++;
    }
    return new Outcome(charts / 3, report.group(1), report.group(2), dom);
  }
}
