package org.reviewlens.report.charts;

import static org.reviewlens.analyse.Columns.CHARACTER;
import static org.reviewlens.analyse.Columns.CHAR_BEGIN;
import static org.reviewlens.analyse.Columns.CHAR_END;
import static org.reviewlens.analyse.Columns.KIND;
import static org.reviewlens.analyse.Columns.REVIEW_ID;
import static org.reviewlens.analyse.Columns.SENTENCE_INDEX;
import static org.reviewlens.analyse.Columns.TEXT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reviewlens.analyse.AnalysisOutput;
import org.reviewlens.analyse.EntitiesTable;
import org.reviewlens.analyse.Kwic;
import org.reviewlens.analyse.QuotesTable;
import org.reviewlens.analyse.SentencesTable;
import org.reviewlens.analyse.view.Chart;
import org.reviewlens.analyse.view.Evidence;
import tech.tablesaw.api.Table;

/**
 * Evidence one click away: clicking a bar or a heatmap cell of a chart that declares its {@link
 * Evidence} opens a panel with the rows behind the value. For a chart of mentions, the {@code
 * kwic.csv} rows of that review and character (film-title uses aside, which no chart counts toward
 * a character), each with its sentence's tone; for a chart of sentences, the review's sentences of
 * that label or role, each with its tone.
 *
 * <p>The rows of each review live in {@code evidence/<review>.js}, which the page loads the first
 * time a click needs them, so that the dashboard of a large corpus stays small. They are JSON with
 * {@code < > &} escaped; the script builds the panel with text nodes only, so review text can never
 * become markup.
 */
final class EvidencePanel {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The panel, hidden until a click; fixed at the right of the window, left out of print. */
  static final String STYLE =
      "#evidence{position:fixed;top:1em;right:1em;width:min(42em,45vw);max-height:85vh;"
          + "overflow:auto;background:#fff;border:1px solid #bbb;box-shadow:0 4px 16px #0003;"
          + "padding:0.5em 1em;z-index:10}#evidence h2{font-size:1.1em}#evidence button{"
          + "float:right}#evidence mark{background:#ffe58a}@media print{#evidence{display:none}}";

  private static final String HTML =
      "<aside id=\"evidence\" hidden><button type=\"button\">Close</button><h2>Evidence</h2>"
          + "<table><thead><tr><th>kind</th><th>sentence</th><th>tone</th></tr></thead>"
          + "<tbody></tbody></table></aside>";

  /** The series of a sentence chart that stands for every sentence in the reviewer's voice. */
  private static final String VOICE = Evidence.VOICE;

  /** The series of a sentence chart that opens the sentences that weighed most in the verdict. */
  private static final String VERDICT = Evidence.VERDICT;

  /** How many of them. */
  static final int HEAVIEST = 10;

  /** The series of a quotation chart for the quotations with no speaker identified. */
  private static final String NO_SPEAKER = Evidence.NO_SPEAKER;

  /** The folder of the per-review evidence files, inside the output folder. */
  static final String FOLDER = "evidence";

  private static final String SCRIPT =
      "<script>(function(){"
          + "var data=JSON.parse(document.getElementById('evidence-data').textContent);"
          + "var panel=document.getElementById('evidence');var loaded={};"
          + "window.reviewLensEvidence=function(d){loaded[d.review]=d;};"
          + "function withReview(review,then){if(loaded[review]){then(loaded[review]);return;}"
          + "var file=data.files[review];if(!file){return;}"
          + "var s=document.createElement('script');s.src=file;"
          + "s.onload=function(){if(loaded[review]){then(loaded[review]);}};"
          + "document.head.appendChild(s);}"
          + "function cell(tr,text){var td=document.createElement('td');td.textContent=text;"
          + "tr.appendChild(td);return td;}"
          + "function tone(t){return t===null?'':(t>=0?'+':'')+t.toFixed(2);}"
          + "function show(title,rows,fill,heads){"
          + "panel.querySelector('h2').textContent=title;"
          + "var head=panel.querySelector('thead tr');head.textContent='';"
          + "(heads||['kind','sentence','tone']).forEach(function(h){"
          + "var th=document.createElement('th');th.textContent=h;head.appendChild(th);});"
          + "var body=panel.querySelector('tbody');body.textContent='';"
          + "rows.forEach(function(r){var tr=document.createElement('tr');fill(tr,r);"
          + "body.appendChild(tr);});panel.hidden=false;}"
          + "function inContext(list,noun){return function(review,name){"
          + "withReview(review,function(d){"
          + "var rows=d[list].filter(function(r){return r[0]===name&&r[1]!=='film_title';});"
          + "show(name+' in '+review+': '+rows.length+' '+noun+(rows.length===1?'':'s'),"
          + "rows,function(tr,r){cell(tr,r[1]);var td=cell(tr,r[2]);"
          + "var m=document.createElement('mark');m.textContent=r[3];td.appendChild(m);"
          + "td.appendChild(document.createTextNode(r[4]));cell(tr,tone(r[5]));});});};}"
          + "var mentions=inContext('mentions','mention');"
          + "function sentences(review,series){if(series==='"
          + VERDICT
          + "'){verdict(review);return;}withReview(review,function(d){"
          + "var rows=d.sentences.filter(function(r){return series==='"
          + VOICE
          + "'?r[4]:(r[1]===series||r[3]===series);});show(review+', '+series+': '+rows.length+'"
          + " sentence'+(rows.length===1?'':'s'),"
          + "rows,function(tr,r){cell(tr,r[3]);cell(tr,r[0]);cell(tr,tone(r[2]));});});}"
          + "function verdict(review){withReview(review,function(d){"
          + "var rows=d.sentences.filter(function(r){return r[5]!==null;}).sort(function(a,b){"
          + "return Math.abs(b[5])-Math.abs(a[5]);}).slice(0,"
          + HEAVIEST
          + ");show(review+': the '+rows.length+' sentences that weighed most in the verdict',"
          + "rows,function(tr,r){cell(tr,tone(r[5]));cell(tr,r[0]);cell(tr,r[3]);},"
          + "['weight','sentence','role']);});}"
          + "function quotes(review,speaker){withReview(review,function(d){"
          + "var who=speaker==='"
          + NO_SPEAKER
          + "'?'':speaker;var rows=d.quotes.filter(function(r){return r[0]===who;});show(speaker+'"
          + " in '+review+': '+rows.length+' quotation'+(rows.length===1?'':'s'),"
          + "rows,function(tr,r){cell(tr,r[1]);cell(tr,r[2]);cell(tr,r[3]);},['kind','quotation','speaker"
          + " as written']);});}var opens={MENTIONS:mentions,SENTENCES:sentences,QUOTES:quotes,"
          + "ENTITIES:inContext('entities','mention')};"
          + "Object.keys(data.charts).forEach(function(id){var"
          + " gd=document.getElementById(id),c=data.charts[id];if(!gd||!gd.on){return;}var"
          + " open=opens[c.source];gd.on('plotly_click',function(ev){var p=ev.points[0];"
          + "if(c.shape==='BARS'){open(c.reviews[p.pointNumber],c.series[p.curveNumber]);}else"
          + " if(c.shape==='TRACES'){open(c.reviews[p.curveNumber],c.series[p.pointNumber]);}"
          + "else{open(c.reviews[p.pointNumber[0]],c.series[p.pointNumber[1]]);}});});"
          + "panel.querySelector('button').addEventListener('click',function(){panel.hidden=true;});"
          + "})();</script>";

  private EvidencePanel() {}

  /**
   * Writes each review's evidence file under {@code out} and returns the panel, the map of charts
   * and files, and the script, to close the dashboard's body; empty when no chart has evidence.
   */
  static String write(Path out, List<AnalysisOutput> outputs, List<Chart> charts)
      throws IOException {
    Map<String, Object> clickable = new LinkedHashMap<>();
    for (Chart chart : charts) {
      chart.evidence().ifPresent(e -> clickable.put(chart.id(), chart(e)));
    }
    if (clickable.isEmpty()) {
      return "";
    }
    Map<String, List<Object>> mentions = mentions(outputs);
    Map<String, List<Object>> sentences = sentences(outputs);
    Map<String, List<Object>> quotes = quotes(outputs);
    Map<String, List<Object>> entities = entities(outputs);
    Map<String, String> names = ReviewFiles.of(List.copyOf(sentences.keySet()));
    Path folder = Files.createDirectories(out.resolve(FOLDER));
    Map<String, String> files = new LinkedHashMap<>();
    for (Map.Entry<String, String> review : names.entrySet()) {
      Map<String, Object> rows = new LinkedHashMap<>();
      rows.put("review", review.getKey());
      rows.put("mentions", mentions.getOrDefault(review.getKey(), List.of()));
      rows.put("sentences", sentences.get(review.getKey()));
      rows.put("quotes", quotes.getOrDefault(review.getKey(), List.of()));
      rows.put("entities", entities.getOrDefault(review.getKey(), List.of()));
      String file = review.getValue() + ".js";
      Files.writeString(
          folder.resolve(file),
          "reviewLensEvidence(" + safeJson(rows) + ");\n",
          StandardCharsets.UTF_8);
      files.put(review.getKey(), FOLDER + "/" + file);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("charts", clickable);
    data.put("files", files);
    return HTML
        + "<script type=\"application/json\" id=\"evidence-data\">"
        + safeJson(data)
        + "</script>"
        + SCRIPT;
  }

  /**
   * What the script needs to open a chart's evidence, in the order source, shape, reviews, series.
   * The order is the code's, not a hash's: {@code Map.of} iterates in an order that changes from
   * one JVM to the next, which made two identical runs write different {@code index.html} files.
   */
  static Map<String, Object> chart(Evidence e) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("source", e.source().name());
    chart.put("shape", e.shape().name());
    chart.put("reviews", e.reviews());
    chart.put("series", e.series());
    return chart;
  }

  /**
   * Each review's sentences: text, CoreNLP label, tone, role, whether the tone analyses read it
   * (the {@link Evidence#VOICE} series lists exactly those), and its weight in the verdict.
   */
  private static Map<String, List<Object>> sentences(List<AnalysisOutput> outputs) {
    Table t = AnalysisOutput.require(outputs, SentencesTable.TABLE);
    Map<String, List<Object>> rows = new LinkedHashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      double tone = SentencesTable.SENTIMENT_SCORE.of(t).get(r);
      Double weight = SentencesTable.VERDICT_WEIGHT.of(t).get(r);
      rows.computeIfAbsent(REVIEW_ID.of(t).get(r), k -> new ArrayList<>())
          .add(
              Arrays.asList(
                  TEXT.of(t).get(r),
                  SentencesTable.SENTIMENT.of(t).get(r),
                  Double.isNaN(tone) ? null : tone,
                  SentencesTable.ROLE.of(t).get(r),
                  SentencesTable.IN_TONE.of(t).get(r),
                  weight == null || weight.isNaN() ? null : weight));
    }
    return rows;
  }

  /**
   * Each review's named entities the entity chart counts, as kwic rows: text, NER type, left,
   * entity, right, and the sentence's tone.
   */
  private static Map<String, List<Object>> entities(List<AnalysisOutput> outputs) {
    Table entities = AnalysisOutput.require(outputs, EntitiesTable.TABLE);
    Table sentences = AnalysisOutput.require(outputs, SentencesTable.TABLE);
    Map<String, Integer> rowOf = sentenceRows(sentences);
    Map<String, List<Object>> rows = new LinkedHashMap<>();
    for (int r = 0; r < entities.rowCount(); r++) {
      String type = EntitiesTable.NER_TYPE.of(entities).get(r);
      Integer s = rowOf.get(sentenceKey(entities, r));
      if (!EntitiesTable.isName(type) || s == null) {
        continue;
      }
      Kwic.Context around =
          Kwic.Context.of(
              TEXT.of(sentences).get(s),
              CHAR_BEGIN.of(sentences).get(s),
              CHAR_BEGIN.of(entities).get(r),
              CHAR_END.of(entities).get(r));
      rows.computeIfAbsent(REVIEW_ID.of(entities).get(r), k -> new ArrayList<>())
          .add(
              Arrays.asList(
                  TEXT.of(entities).get(r),
                  type,
                  around.left(),
                  TEXT.of(entities).get(r),
                  around.right(),
                  toneOf(sentences, s)));
    }
    return rows;
  }

  /** Each review's quotations: who speaks (empty when unclear), kind, text, speaker as written. */
  private static Map<String, List<Object>> quotes(List<AnalysisOutput> outputs) {
    Table t = AnalysisOutput.require(outputs, QuotesTable.TABLE);
    Map<String, List<Object>> rows = new LinkedHashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      rows.computeIfAbsent(REVIEW_ID.of(t).get(r), k -> new ArrayList<>())
          .add(
              Arrays.asList(
                  QuotesTable.SPEAKER_CHARACTER.of(t).get(r),
                  KIND.of(t).get(r),
                  TEXT.of(t).get(r),
                  QuotesTable.SPEAKER.of(t).get(r)));
    }
    return rows;
  }

  /** Each review's kwic rows: character, kind, left, mention, right, and the sentence's tone. */
  private static Map<String, List<Object>> mentions(List<AnalysisOutput> outputs) {
    Table kwic = AnalysisOutput.require(outputs, Kwic.TABLE);
    Table sentences = AnalysisOutput.require(outputs, SentencesTable.TABLE);
    Map<String, Integer> rowOf = sentenceRows(sentences);
    Map<String, List<Object>> rows = new LinkedHashMap<>();
    for (int r = 0; r < kwic.rowCount(); r++) {
      Integer s = rowOf.get(sentenceKey(kwic, r));
      rows.computeIfAbsent(REVIEW_ID.of(kwic).get(r), k -> new ArrayList<>())
          .add(
              Arrays.asList(
                  CHARACTER.of(kwic).get(r),
                  KIND.of(kwic).get(r),
                  Kwic.LEFT.of(kwic).get(r),
                  Kwic.MENTION.of(kwic).get(r),
                  Kwic.RIGHT.of(kwic).get(r),
                  s == null ? null : toneOf(sentences, s)));
    }
    return rows;
  }

  /** The row of each sentence in the sentences table, by {@link #sentenceKey}. */
  private static Map<String, Integer> sentenceRows(Table sentences) {
    Map<String, Integer> rows = new HashMap<>();
    for (int r = 0; r < sentences.rowCount(); r++) {
      rows.put(sentenceKey(sentences, r), r);
    }
    return rows;
  }

  /** The review and sentence of row r of a table with both columns. */
  private static String sentenceKey(Table t, int r) {
    return REVIEW_ID.of(t).get(r) + "\u0000" + SENTENCE_INDEX.of(t).get(r);
  }

  /** The sentence's tone for the panel: null where CoreNLP gave none. */
  private static Double toneOf(Table sentences, int row) {
    double tone = SentencesTable.SENTIMENT_SCORE.of(sentences).get(row);
    return Double.isNaN(tone) ? null : tone;
  }

  /** JSON that cannot end the script element it sits in, nor break a line in old engines. */
  static String safeJson(Object value) {
    try {
      return JSON.writeValueAsString(value)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026")
          .replace("\u2028", "\\u2028")
          .replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the evidence cannot be written as JSON", e);
    }
  }
}
