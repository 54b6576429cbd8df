package org.reviewlens.analyse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void meanMedianAndSampleStd() {
    double[] xs = {0.1, 0.5, -0.3, 0.3};
    assertEquals(0.15, Stats.mean(xs), 1e-12);
    assertEquals(0.2, Stats.median(xs), 1e-12);
    // squared deviations 0.0025 + 0.1225 + 0.2025 + 0.0225 = 0.35; /3 -> sqrt(0.116667)
    assertEquals(Math.sqrt(0.35 / 3), Stats.std(xs), 1e-12);
  }

  @Test
  void intervalUsesStudentT() {
    double[] xs = {0.2, 0.4};
    // mean 0.3, s = 0.141421, t(0.975, 1) = 12.7062, half = 12.7062 * 0.141421 / sqrt(2) = 1.27062
    double[] ci = Stats.confidenceInterval(xs, 0);
    assertArrayEquals(new double[] {-0.97062047, 1.0}, ci, 1e-6);
  }

  @Test
  void oneSentenceGivesTheWholeRange() {
    assertArrayEquals(new double[] {-1, 1}, Stats.confidenceInterval(new double[] {0.8}, 0), 0);
  }

  @Test
  void agreeingSentencesDoNotLookCertain() {
    double[] xs = {0.5, 0.5, 0.5, 0.5};
    // s = 0 is raised to the floor 0.2: half = t(0.975, 3) * 0.2 / 2 = 3.182446 * 0.1
    double[] ci = Stats.confidenceInterval(xs, 0.2);
    assertArrayEquals(new double[] {0.5 - 0.3182446, 0.5 + 0.3182446}, ci, 1e-6);
  }
}
