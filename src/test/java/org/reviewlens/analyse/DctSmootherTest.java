package org.reviewlens.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DctSmootherTest {
  @Test
  void constantSeriesStaysConstant() {
    DctSmoother s = new DctSmoother(new double[] {0.3, 0.3, 0.3, 0.3, 0.3}, 3);
    for (double p = 0; p <= 1; p += 0.125) {
      assertEquals(0.3, s.at(p), 1e-12);
    }
  }

  @Test
  void allComponentsReproduceTheSeriesAtElementCentres() {
    double[] xs = {0.1, -0.4, 0.5, 0.2};
    DctSmoother s = new DctSmoother(xs, 4);
    for (int n = 0; n < xs.length; n++) {
      assertEquals(xs[n], s.at((n + 0.5) / xs.length), 1e-12);
    }
  }

  @Test
  void lowPassKeepsSlowCurveAndDropsFastWiggle() {
    int n = 40;
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      double slow = 0.5 * Math.cos(Math.PI * 1 * (2 * i + 1) / (2.0 * n));
      double fast = 0.2 * Math.cos(Math.PI * 15 * (2 * i + 1) / (2.0 * n));
      xs[i] = slow + fast;
    }
    DctSmoother s = new DctSmoother(xs, 3);
    for (int i = 0; i < n; i++) {
      assertEquals(0.5 * Math.cos(Math.PI * (2 * i + 1) / (2.0 * n)), s.at((i + 0.5) / n), 1e-9);
    }
  }

  @Test
  void oneComponentIsTheMean() {
    assertEquals(0.2, new DctSmoother(new double[] {0.0, 0.4, 0.2}, 1).at(0.9), 1e-12);
  }
}
