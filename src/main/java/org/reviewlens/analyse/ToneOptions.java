package org.reviewlens.analyse;

import java.util.Objects;
import org.reviewlens.analyse.verdict.VerdictModel;

/**
 * How tone is measured. Build with {@link #builder()}.
 *
 * @param bins how many equal stretches of normalised time a tone arc has
 * @param includeDialogue whether script-style dialogue lines ("Ani: ...") count toward the
 *     reviewer's tone; by default they do not, because they are the film speaking
 * @param maxComponents the most DCT frequencies the arc smoothing keeps
 * @param verdict the model that reads the critic's verdict
 */
public record ToneOptions(
    int bins, boolean includeDialogue, int maxComponents, VerdictModel verdict) {
  public ToneOptions {
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be at least 1, got " + bins);
    }
    if (maxComponents < 1) {
      throw new IllegalArgumentException("maxComponents must be at least 1, got " + maxComponents);
    }
    Objects.requireNonNull(verdict, "verdict");
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The DCT frequencies kept for a review of {@code sentences} sentences: one per ten sentences,
   * between 2 and {@link #maxComponents}, so a 45-sentence review keeps a gentle curve.
   */
  public int componentsFor(int sentences) {
    return Math.max(1, Math.min(sentences, Math.max(2, Math.min(maxComponents, sentences / 10))));
  }

  /**
   * Builds {@link ToneOptions}; defaults: 10 bins, dialogue excluded, at most 5 frequencies, the
   * built-in verdict model.
   */
  public static final class Builder {
    private int bins = 10;
    private boolean includeDialogue = false;
    private int maxComponents = 5;
    private VerdictModel verdict;

    private Builder() {}

    public Builder bins(int value) {
      bins = value;
      return this;
    }

    public Builder includeDialogue(boolean value) {
      includeDialogue = value;
      return this;
    }

    public Builder maxComponents(int value) {
      maxComponents = value;
      return this;
    }

    public Builder verdict(VerdictModel value) {
      verdict = value;
      return this;
    }

    public ToneOptions build() {
      return new ToneOptions(
          bins, includeDialogue, maxComponents, verdict == null ? VerdictModel.builtIn() : verdict);
    }
  }
}
