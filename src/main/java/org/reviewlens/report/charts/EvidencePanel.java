package org.reviewlens.report.charts;

import static org.reviewlens.analyse.Columns.CHARACTER;
import static org.reviewlens.analyse.Columns.KIND;
import static org.reviewlens.analyse.Columns.REVIEW_ID;
import static org.reviewlens.analyse.Columns.SENTENCE_INDEX;

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
import tech.tablesaw.api.Table;

/**
 * Evidence one click away: clicking a bar or a heatmap cell of a chart that declares its {@link
 * org.reviewlens.analyse.view.Evidence} opens a panel with the {@code kwic.csv} rows of that review
 * and character (film-title uses aside, which no chart counts toward a character), each with the
 * sentence's tone. The rows travel in the page as JSON; the script builds the panel with text nodes
 * only, so review text can never become markup.
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

  private static final String SCRIPT =
      "<script>(function(){var"
          + " data=JSON.parse(document.getElementById('evidence-data').textContent);var"
          + " panel=document.getElementById('evidence');function cell(tr,text){var"
          + " td=document.createElement('td');td.textContent=text;tr.appendChild(td);return"
          + " td;}function show(review,character){var rows=data.rows.filter(function(r){return"
          + " r[0]===review&&r[1]===character&&r[2]!=='film_title';});panel.querySelector('h2').textContent=character+'"
          + " in '+review+': '+rows.length+' mention'+(rows.length===1?'':'s');var"
          + " body=panel.querySelector('tbody');body.textContent='';rows.forEach(function(r){var"
          + " tr=document.createElement('tr');cell(tr,r[2]);var td=cell(tr,r[3]);var"
          + " m=document.createElement('mark');m.textContent=r[4];"
          + "td.appendChild(m);td.appendChild(document.createTextNode(r[5]));"
          + "cell(tr,r[6]===null?'':(r[6]>=0?'+':'')+r[6].toFixed(2));body.appendChild(tr);});"
          + "panel.hidden=false;}Object.keys(data.charts).forEach(function(id){var"
          + " gd=document.getElementById(id),c=data.charts[id];if(!gd||!gd.on){return;}gd.on('plotly_click',function(ev){var"
          + " p=ev.points[0];"
          + "if(c.shape==='BARS'){show(c.reviews[p.pointNumber],c.characters[p.curveNumber]);}"
          + "else{show(c.reviews[p.pointNumber[0]],c.characters[p.pointNumber[1]]);}});});"
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
                          "shape", e.shape().name(),
                          "reviews", e.reviews(),
                          "characters", e.characters())));
    }
    if (clickable.isEmpty()) {
      return "";
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("rows", rows(outputs));
    data.put("charts", clickable);
    return HTML
        + "<script type=\"application/json\" id=\"evidence-data\">"
        + safeJson(data)
        + "</script>"
        + SCRIPT;
  }

  /** Each kwic row: review, character, kind, left, mention, right, and the sentence's tone. */
  private static List<Object> rows(List<AnalysisOutput> outputs) {
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
