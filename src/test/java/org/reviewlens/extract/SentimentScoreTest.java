package org.reviewlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentScoreTest {
  @Test
  void expectedClassIsMappedToMinusOneToOne() {
    assertEquals(-1.0, SentimentScore.of(List.of(1.0, 0.0, 0.0, 0.0, 0.0)), 1e-12);
    assertEquals(0.0, SentimentScore.of(List.of(0.0, 0.0, 1.0, 0.0, 0.0)), 1e-12);
    assertEquals(1.0, SentimentScore.of(List.of(0.0, 0.0, 0.0, 0.0, 1.0)), 1e-12);
    // expected class 0.1*0 + 0.2*1 + 0.4*2 + 0.2*3 + 0.1*4 = 2.0 -> 0
    assertEquals(0.0, SentimentScore.of(List.of(0.1, 0.2, 0.4, 0.2, 0.1)), 1e-12);
    // expected class 0.5*3 + 0.5*4 = 3.5 -> 0.75
    assertEquals(0.75, SentimentScore.of(List.of(0.0, 0.0, 0.0, 0.5, 0.5)), 1e-12);
  }
}
