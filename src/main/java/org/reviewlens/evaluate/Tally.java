package org.reviewlens.evaluate;

/**
 * Counts behind one row of an evaluation table.
 *
 * @param gold mentions in the gold file
 * @param found mentions the run found
 * @param matched found mentions that match a gold one (same review, character and kind, overlapping
 *     spans; each gold mention matches once)
 * @param countDifference the sum, over each review and character, of |found − gold|: how far the
 *     per-character counts of {@code character_mentions.csv} are off
 */
public record Tally(int gold, int found, int matched, int countDifference) {
  /** No mentions at all. */
  public static final Tally EMPTY = new Tally(0, 0, 0, 0);

  /** The two tallies added together. */
  public Tally plus(Tally other) {
    return new Tally(
        gold + other.gold,
        found + other.found,
        matched + other.matched,
        countDifference + other.countDifference);
  }

  /** matched ÷ found; 1 when nothing was found. */
  public double precision() {
    return found == 0 ? 1.0 : (double) matched / found;
  }

  /** matched ÷ gold; 1 when the gold holds nothing. */
  public double recall() {
    return gold == 0 ? 1.0 : (double) matched / gold;
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** countDifference ÷ gold: 0 is exact; empty when the gold holds nothing. */
  public double countError() {
    return gold == 0 ? (found == 0 ? 0.0 : Double.NaN) : (double) countDifference / gold;
  }
}
