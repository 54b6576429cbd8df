package org.reviewlens.report.charts;

import static org.reviewlens.analyse.Columns.CHARACTER;
import static org.reviewlens.analyse.Columns.KIND;
import static org.reviewlens.analyse.Columns.REVIEW_ID;
import static org.reviewlens.analyse.Columns.SENTENCE_INDEX;
import static org.reviewlens.analyse.Columns.TEXT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reviewlens.analyse.AnalysisOutput;
import org.reviewlens.analyse.Kwic;
import org.reviewlens.analyse.SentencesTable;
import org.reviewlens.analyse.view.Chart;
import org.reviewlens.analyse.view.Evidence;
import tech.tablesaw.api.Table;

/**
 * Evidence one click away: clicking a bar or a heatmap cell of a chart that declares its {@link
 * Evidence} opens a panel with the rows behind the value. For a chart of mentions, the {@code
 * kwic.csv} rows of that review and character (film-title uses aside, which no chart counts toward
 * a character), each with its sentence's tone; for a chart of sentences, the review's sentences of
 * that label or role, each with its tone. The rows travel in the page as JSON; the script builds
 * the panel with text nodes only, so review text can never become markup.
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

  private static final String SCRIPT =
      "<script>(function(){"
          + "var data=JSON.parse(document.getElementById('evidence-data').textContent);"
          + "var panel=document.getElementById('evidence');"
          + "function cell(tr,text){var td=document.createElement('td');td.textContent=text;"
          + "tr.appendChild(td);return td;}"
          + "function tone(t){return t===null?'':(t>=0?'+':'')+t.toFixed(2);}"
          + "function show(title,rows,fill){"
          + "panel.querySelector('h2').textContent=title;"
          + "var body=panel.querySelector('tbody');body.textContent='';"
          + "rows.forEach(function(r){var tr=document.createElement('tr');fill(tr,r);"
          + "body.appendChild(tr);});panel.hidden=false;}"
          + "function mentions(review,character){"
          + "var rows=data.mentions.filter(function(r){return r[0]===review&&r[1]===character"
          + "&&r[2]!=='film_title';});"
          + "show(character+' in '+review+': '+rows.length+' mention'+(rows.length===1?'':'s'),"
          + "rows,function(tr,r){cell(tr,r[2]);var td=cell(tr,r[3]);"
          + "var m=document.createElement('mark');m.textContent=r[4];td.appendChild(m);"
          + "td.appendChild(document.createTextNode(r[5]));cell(tr,tone(r[6]));});}"
          + "function sentences(review,series){"
          + "var rows=data.sentences.filter(function(r){return r[0]===review&&("
          + "series==='"
          + VOICE
          + "'?!r[5]:(r[2]===series||r[4]===series));});show(review+', '+series+': '+rows.length+'"
          + " sentence'+(rows.length===1?'':'s'),"
          + "rows,function(tr,r){cell(tr,r[4]);cell(tr,r[1]);cell(tr,tone(r[3]));});}"
          + "Object.keys(data.charts).forEach(function(id){var"
          + " gd=document.getElementById(id),c=data.charts[id];if(!gd||!gd.on){return;}var"
          + " open=c.source==='MENTIONS'?mentions:sentences;gd.on('plotly_click',function(ev){var"
          + " p=ev.points[0];"
          + "if(c.shape==='BARS'){open(c.reviews[p.pointNumber],c.series[p.curveNumber]);}"
          + "else{open(c.reviews[p.pointNumber[0]],c.series[p.pointNumber[1]]);}});});"
          + "panel.querySelector('button').addEventListener('click',function(){panel.hidden=true;});"
          + "})();</script>";

  private EvidencePanel() {}

  /** The panel, its data and its script, to close the dashboard's body; empty without evidence. */
  static String html(List<AnalysisOutput> outputs, List<Chart> charts) {
    Map<String, Object> clickable = new LinkedHashMap<>();
    for (Chart chart : charts) {
      chart
          .evidence()
          .ifPresent(
              e ->
                  clickable.put(
                      chart.id(),
                      Map.of(
                          "source", e.source().name(),
                          "shape", e.shape().name(),
                          "reviews", e.reviews(),
                          "series", e.series())));
    }
    if (clickable.isEmpty()) {
      return "";
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("mentions", mentions(outputs));
    data.put("sentences", sentences(outputs));
    data.put("charts", clickable);
    return HTML
        + "<script type=\"application/json\" id=\"evidence-data\">"
        + safeJson(data)
        + "</script>"
        + SCRIPT;
  }

  /** Each sentence: review, text, CoreNLP label, tone, role, and whether it is dialogue. */
  private static List<Object> sentences(List<AnalysisOutput> outputs) {
    Table t = AnalysisOutput.require(outputs, SentencesTable.TABLE);
    List<Object> rows = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      double tone = SentencesTable.SENTIMENT_SCORE.of(t).get(r);
      rows.add(
          Arrays.asList(
              REVIEW_ID.of(t).get(r),
              TEXT.of(t).get(r),
              SentencesTable.SENTIMENT.of(t).get(r),
              Double.isNaN(tone) ? null : tone,
              SentencesTable.ROLE.of(t).get(r),
              SentencesTable.DIALOGUE.of(t).get(r)));
    }
    return rows;
  }

  /** Each kwic row: review, character, kind, left, mention, right, and the sentence's tone. */
  private static List<Object> mentions(List<AnalysisOutput> outputs) {
    Table kwic = AnalysisOutput.require(outputs, Kwic.TABLE);
    Table sentences = AnalysisOutput.require(outputs, SentencesTable.TABLE);
    Map<String, Double> tones = new HashMap<>();
    for (int r = 0; r < sentences.rowCount(); r++) {
      tones.put(
          REVIEW_ID.of(sentences).get(r) + "\u0000" + SENTENCE_INDEX.of(sentences).get(r),
          SentencesTable.SENTIMENT_SCORE.of(sentences).get(r));
    }
    List<Object> rows = new ArrayList<>();
    for (int r = 0; r < kwic.rowCount(); r++) {
      Double tone =
          tones.get(REVIEW_ID.of(kwic).get(r) + "\u0000" + SENTENCE_INDEX.of(kwic).get(r));
      rows.add(
          Arrays.asList(
              REVIEW_ID.of(kwic).get(r),
              CHARACTER.of(kwic).get(r),
              KIND.of(kwic).get(r),
              Kwic.LEFT.of(kwic).get(r),
              Kwic.MENTION.of(kwic).get(r),
              Kwic.RIGHT.of(kwic).get(r),
              tone == null || tone.isNaN() ? null : tone));
    }
    return rows;
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
