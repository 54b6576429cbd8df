package org.reviewlens.evaluate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A figure averaged over films, each film weighing the same, with a 95% bootstrap interval over
 * films. A film with many mentions must not hide ten small ones, and with a dozen films one film
 * moves a mean by several points: the interval says how far.
 *
 * @param films how many films the mean is over
 * @param mean the mean of the films' values
 * @param low the 2.5th percentile of the bootstrap means
 * @param high the 97.5th percentile of the bootstrap means
 * @param worst the film with the lowest value (for F1) or the highest (for an error)
 */
public record MacroAverage(int films, double mean, double low, double high, String worst) {
  /** Bootstrap resamples: enough for a stable 95% interval, fast for a hundred films. */
  static final int RESAMPLES = 2000;

  /** A fixed seed, so that the same figures print the same interval on every run. */
  private static final long SEED = 28;

  /** One film's value. */
  public record FilmValue(String film, double value) {}

  /**
   * The macro-average of {@code values}; films whose value is not a number are left out.
   *
   * @param higherIsBetter true for F1 (the worst film is the lowest), false for an error
   */
  public static MacroAverage of(List<FilmValue> values, boolean higherIsBetter) {
    List<FilmValue> known = values.stream().filter(v -> !Double.isNaN(v.value())).toList();
    if (known.isEmpty()) {
      return new MacroAverage(0, Double.NaN, Double.NaN, Double.NaN, "");
    }
    double[] x = known.stream().mapToDouble(FilmValue::value).toArray();
    Comparator<FilmValue> byValue = Comparator.comparingDouble(FilmValue::value);
    FilmValue worst =
        known.stream().min(higherIsBetter ? byValue : byValue.reversed()).orElseThrow();
    double[] means = bootstrapMeans(x);
    return new MacroAverage(
        x.length, mean(x), percentile(means, 0.025), percentile(means, 0.975), worst.film());
  }

  private static double[] bootstrapMeans(double[] x) {
    SplittableRandom random = new SplittableRandom(SEED);
    double[] means = new double[RESAMPLES];
    for (int b = 0; b < RESAMPLES; b++) {
      double sum = 0;
      for (int i = 0; i < x.length; i++) {
        sum += x[random.nextInt(x.length)];
      }
      means[b] = sum / x.length;
    }
    Arrays.sort(means);
    return means;
  }

  private static double mean(double[] x) {
    return Arrays.stream(x).sum() / x.length;
  }

  /** The value below which a share {@code q} of the sorted values lie (nearest rank). */
  static double percentile(double[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
