package org.reviewlens.report.charts;

import static org.reviewlens.analyse.Columns.CHARACTER;
import static org.reviewlens.analyse.Columns.CHAR_BEGIN;
import static org.reviewlens.analyse.Columns.CHAR_END;
import static org.reviewlens.analyse.Columns.KIND;
import static org.reviewlens.analyse.Columns.REVIEW_ID;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reviewlens.analyse.AnalysisOutput;
import org.reviewlens.analyse.CharacterMentions;
import org.reviewlens.analyse.MentionsTable;
import org.reviewlens.analyse.SentencesTable;
import org.reviewlens.analyse.view.Html;
import tech.tablesaw.api.Table;

/**
 * One page per review under {@code reader/}: the review's text with every row of {@code
 * mentions.csv} marked where it stands, coloured by character and styled by kind, and every
 * sentence shaded by its tone. Hovering a mark says whom it was credited to; hovering a sentence
 * gives its tone and role. This is how a reader checks the counting rules at a glance.
 */
final class ReaderPages {
  /** The folder of the pages, inside the output folder. */
  static final String FOLDER = "reader";

  /** Plotly's default colours, so a character has the same colour here as in the charts. */
  private static final List<String> COLOURS =
      List.of(
          "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
          "#bcbd22", "#17becf");

  private static final String STYLE =
      "body{font-family:Georgia,serif;max-width:75ch;margin:2em auto;padding:0 1em;color:#222;"
          + "line-height:1.7}h1{font-family:system-ui,sans-serif}.text{white-space:pre-wrap}"
          + ".legend{font-family:system-ui,sans-serif;font-size:0.9em;color:#444}"
          + ".legend span{margin-right:1.2em}"
          + "mark{background:none;color:inherit;padding:0 1px;border-radius:2px}"
          + "mark.name{font-weight:bold;border-bottom:3px solid var(--c)}"
          + "mark.pronoun{border-bottom:2px dotted var(--c);color:var(--c)}"
          + "mark.actor{border:1px dashed var(--c)}"
          + "mark.speaker_label{font-variant:small-caps;border-bottom:3px double var(--c)}"
          + "mark.film_title{font-style:italic;outline:1px dotted #777}"
          + "@media print{.legend a{display:none}}";

  /** A page written: the review and its path relative to the output folder. */
  record Page(String reviewId, String path) {}

  private ReaderPages() {}

  /**
   * Writes a page for each review whose text is known.
   *
   * @param texts each review's text, by review id
   */
  static List<Page> write(Path out, List<AnalysisOutput> outputs, Map<String, String> texts)
      throws IOException {
    Table sentences = AnalysisOutput.require(outputs, SentencesTable.TABLE);
    Table mentions = AnalysisOutput.require(outputs, MentionsTable.TABLE);
    Map<String, String> colours = colours(AnalysisOutput.require(outputs, CharacterMentions.TABLE));
    Path folder = Files.createDirectories(out.resolve(FOLDER));
    List<Page> pages = new ArrayList<>();
    Map<String, String> names = ReviewFiles.of(List.copyOf(texts.keySet()));
    for (Map.Entry<String, String> review : texts.entrySet()) {
      String file = names.get(review.getKey()) + ".html";
      String html = page(review.getKey(), review.getValue(), sentences, mentions, colours);
      Files.writeString(folder.resolve(file), html, StandardCharsets.UTF_8);
      pages.add(new Page(review.getKey(), FOLDER + "/" + file));
    }
    return pages;
  }

  private static String page(
      String reviewId, String text, Table sentences, Table mentions, Map<String, String> colours) {
    StringBuilder body = new StringBuilder();
    body.append("<p><a href=\"../index.html\">&larr; dashboard</a></p>")
        .append("<h1>")
        .append(Html.text(reviewId))
        .append("</h1>")
        .append(legend(colours))
        .append("<div class=\"text\">");
    List<int[]> sentenceSpans = new ArrayList<>();
    List<Integer> sentenceRows = new ArrayList<>();
    for (int r = 0; r < sentences.rowCount(); r++) {
      if (REVIEW_ID.of(sentences).get(r).equals(reviewId)) {
        sentenceSpans.add(
            new int[] {CHAR_BEGIN.of(sentences).get(r), CHAR_END.of(sentences).get(r)});
        sentenceRows.add(r);
      }
    }
    List<Integer> mentionRows = new ArrayList<>();
    for (int r = 0; r < mentions.rowCount(); r++) {
      if (REVIEW_ID.of(mentions).get(r).equals(reviewId)) {
        mentionRows.add(r);
      }
    }
    int at = 0;
    int next = 0;
    for (int s = 0; s < sentenceSpans.size(); s++) {
      int[] span = sentenceSpans.get(s);
      body.append(Html.text(text.substring(at, Math.max(at, span[0]))));
      body.append(sentenceOpen(sentences, sentenceRows.get(s)));
      int inside = span[0];
      while (next < mentionRows.size()
          && CHAR_BEGIN.of(mentions).get(mentionRows.get(next)) < span[1]) {
        int m = mentionRows.get(next++);
        int begin = Math.max(inside, CHAR_BEGIN.of(mentions).get(m));
        int end = CHAR_END.of(mentions).get(m);
        body.append(Html.text(text.substring(inside, begin)));
        body.append(mark(mentions, m, text.substring(begin, end), colours));
        inside = end;
      }
      body.append(Html.text(text.substring(inside, Math.max(inside, span[1])))).append("</span>");
      at = Math.max(inside, span[1]);
    }
    body.append(Html.text(text.substring(Math.min(at, text.length())))).append("</div>");
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
        + Html.text(reviewId)
        + ": highlighted</title><style>"
        + STYLE
        + "</style></head>\n<body>\n"
        + body
        + "\n</body></html>\n";
  }

  /** The sentence's opening tag: shaded green (warm) to red (cold), with its tone and role. */
  private static String sentenceOpen(Table sentences, int r) {
    double tone = SentencesTable.SENTIMENT_SCORE.of(sentences).get(r);
    String rgb = tone >= 0 ? "40,160,60" : "210,50,40";
    return String.format(
        Locale.ROOT,
        "<span class=\"sentence\" style=\"background:rgba(%s,%.3f)\" title=\"tone %+.2f, %s"
            + " (%s)\">",
        rgb,
        Math.min(1, Math.abs(tone)) * 0.35,
        tone,
        Html.text(SentencesTable.ROLE.of(sentences).get(r)),
        Html.text(SentencesTable.ROLE_CUE.of(sentences).get(r)));
  }

  private static String mark(Table mentions, int m, String surface, Map<String, String> colours) {
    String kind = KIND.of(mentions).get(m);
    String character = CHARACTER.of(mentions).get(m);
    String hover =
        kind.equals("film_title")
            ? "the film's title, not " + character
            : surface + " \u2192 " + character + " (" + kind.replace('_', ' ') + ")";
    return "<mark class=\""
        + Html.text(kind)
        + "\" style=\"--c:"
        + colours.getOrDefault(character, "#777")
        + "\" title=\""
        + Html.text(hover)
        + "\" data-begin=\""
        + CHAR_BEGIN.of(mentions).get(m)
        + "\" data-end=\""
        + CHAR_END.of(mentions).get(m)
        + "\" data-kind=\""
        + Html.text(kind)
        + "\" data-character=\""
        + Html.text(character)
        + "\">"
        + Html.text(surface)
        + "</mark>";
  }

  private static String legend(Map<String, String> colours) {
    StringBuilder html = new StringBuilder("<p class=\"legend\">");
    colours.forEach(
        (character, colour) ->
            html.append("<span><mark class=\"name\" style=\"--c:")
                .append(colour)
                .append("\">")
                .append(Html.text(character))
                .append("</mark></span>"));
    html.append("<br><span><mark class=\"name\" style=\"--c:#555\">name</mark></span>")
        .append("<span><mark class=\"pronoun\" style=\"--c:#555\">pronoun</mark></span>")
        .append("<span><mark class=\"actor\" style=\"--c:#555\">actor</mark></span>")
        .append(
            "<span><mark class=\"speaker_label\" style=\"--c:#555\">speaker label</mark></span>")
        .append("<span><mark class=\"film_title\">film title</mark></span>")
        .append("<br>Sentences are shaded green (warmer) to red (colder) by CoreNLP's tone;")
        .append(" hover a sentence for its tone and role, a mark for whom it was credited to.</p>");
    return html.toString();
  }

  /** A colour per character, in the cast's order: the order the mention charts colour them in. */
  private static Map<String, String> colours(Table characterMentions) {
    Map<String, String> colours = new LinkedHashMap<>();
    for (String character : CHARACTER.of(characterMentions).asList()) {
      colours.putIfAbsent(character, COLOURS.get(colours.size() % COLOURS.size()));
    }
    return colours;
  }
}
