package org.reviewlens.analyse;

/**
 * A discrete-cosine-transform low-pass filter, as in Jockers' Syuzhet ({@code get_dct_transform}):
 * the series is transformed with a DCT-II, only the lowest {@code components} frequencies are kept,
 * and the inverse transform is evaluated at any normalised position in [0, 1]. Unlike a rolling
 * mean it needs no window and has no ragged ends, so it behaves on short reviews.
 */
public final class DctSmoother {
  private final double[] coefficients;
  private final int length;

  /**
   * @param series the values in order, e.g. one sentiment score per sentence
   * @param components how many low frequencies to keep, at least 1 (1 keeps only the mean)
   */
  public DctSmoother(double[] series, int components) {
    if (series.length == 0) {
      throw new IllegalArgumentException("cannot smooth an empty series");
    }
    this.length = series.length;
    int kept = Math.max(1, Math.min(components, length));
    this.coefficients = new double[kept];
    for (int k = 0; k < kept; k++) {
      double sum = 0;
      for (int n = 0; n < length; n++) {
        sum += series[n] * Math.cos(Math.PI * k * (2 * n + 1) / (2.0 * length));
      }
      coefficients[k] = sum;
    }
  }

  /**
   * The smoothed value at a normalised position: 0 is the centre of the first element's slot, and
   * the whole series spans [0, 1] with element n centred at (n + 0.5) / length.
   */
  public double at(double position) {
    double n = position * length - 0.5;
    double value = coefficients[0] / length;
    for (int k = 1; k < coefficients.length; k++) {
      value +=
          2.0 / length * coefficients[k] * Math.cos(Math.PI * k * (2 * n + 1) / (2.0 * length));
    }
    return value;
  }
}
