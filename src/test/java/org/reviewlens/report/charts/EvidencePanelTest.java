package org.reviewlens.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.analyse.view.Evidence;

/** The evidence panel's data, written the same in every JVM. */
class EvidencePanelTest {
  @Test
  void aChartsEvidenceIsJsonWithItsKeysInTheStatedOrder() {
    Evidence evidence =
        new Evidence(
            Evidence.Source.MENTIONS,
            Evidence.Shape.BARS,
            List.of("first", "second"),
            List.of("Ani", "Igor"));
    assertEquals(
        "{\"source\":\"MENTIONS\",\"shape\":\"BARS\",\"reviews\":[\"first\",\"second\"],"
            + "\"series\":[\"Ani\",\"Igor\"]}",
        EvidencePanel.safeJson(EvidencePanel.chart(evidence)));
  }
}
