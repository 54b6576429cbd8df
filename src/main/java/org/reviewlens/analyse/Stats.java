package org.reviewlens.analyse;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/** Small descriptive statistics over sentence scores. */
public final class Stats {
  private Stats() {}

  public static double mean(double[] xs) {
    return xs.length == 0 ? Double.NaN : Arrays.stream(xs).sum() / xs.length;
  }

  public static double median(double[] xs) {
    if (xs.length == 0) {
      return Double.NaN;
    }
    double[] sorted = xs.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** The sample standard deviation (n − 1 denominator); 0 for fewer than two values. */
  public static double std(double[] xs) {
    if (xs.length < 2) {
      return 0;
    }
    double m = mean(xs);
    double ss = Arrays.stream(xs).map(x -> (x - m) * (x - m)).sum();
    return Math.sqrt(ss / (xs.length - 1));
  }

  /**
   * A 95% Student-t interval for the mean of scores in [-1, 1], clamped to that range.
   *
   * <p>The spread used is the larger of the sample's own standard deviation and {@code floorStd},
   * so that two sentences that happen to agree do not look certain. A single sentence gives the
   * whole range [-1, 1].
   */
  public static double[] confidenceInterval(double[] xs, double floorStd) {
    if (xs.length < 2) {
      return new double[] {-1, 1};
    }
    double spread = Math.max(std(xs), floorStd);
    double t = new TDistribution(xs.length - 1).inverseCumulativeProbability(0.975);
    double half = t * spread / Math.sqrt(xs.length);
    double m = mean(xs);
    return new double[] {Math.max(-1, m - half), Math.min(1, m + half)};
  }
}
