package org.reviewlens.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacroAverageTest {
  private static List<MacroAverage.FilmValue> values(double... x) {
    List<MacroAverage.FilmValue> values = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      values.add(new MacroAverage.FilmValue("film" + i, x[i]));
    }
    return values;
  }

  @Test
  void eachFilmWeighsTheSameWhateverItsSize() {
    MacroAverage m = MacroAverage.of(values(1.0, 0.5, 0.0, 0.5), true);
    assertEquals(4, m.films());
    assertEquals(0.5, m.mean(), 1e-12);
    assertEquals("film2", m.worst(), "the lowest F1");
    assertEquals("film0", MacroAverage.of(values(1.0, 0.5, 0.0, 0.5), false).worst());
  }

  @Test
  void theIntervalHoldsTheMeanAndLiesWithinTheValues() {
    MacroAverage m = MacroAverage.of(values(0.9, 0.8, 0.95, 0.6, 0.85, 0.7), true);
    assertTrue(0.6 <= m.low() && m.low() < m.mean() && m.mean() < m.high() && m.high() <= 0.95);
  }

  @Test
  void oneFilmAloneHasNoSpread() {
    MacroAverage m = MacroAverage.of(values(0.7), true);
    assertEquals(0.7, m.low(), 1e-12);
    assertEquals(0.7, m.high(), 1e-12);
  }

  @Test
  void theSameValuesGiveTheSameIntervalEveryTime() {
    assertEquals(
        MacroAverage.of(values(0.1, 0.9, 0.4, 0.3), true),
        MacroAverage.of(values(0.1, 0.9, 0.4, 0.3), true));
  }

  @Test
  void aFilmWithoutAValueIsLeftOut() {
    MacroAverage m = MacroAverage.of(values(0.2, Double.NaN, 0.4), false);
    assertEquals(2, m.films());
    assertEquals(0.3, m.mean(), 1e-12);
  }

  /** Nearest rank: the 2.5th and 97.5th percentiles of 1..40 are the 1st and the 39th values. */
  @Test
  void percentilesByNearestRank() {
    double[] sorted = new double[40];
    for (int i = 0; i < 40; i++) {
      sorted[i] = i + 1;
    }
    assertEquals(1.0, MacroAverage.percentile(sorted, 0.025));
    assertEquals(39.0, MacroAverage.percentile(sorted, 0.975));
  }
}
