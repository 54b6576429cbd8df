package org.reviewlens.extract.roles;

import java.util.Locale;

/**
 * What the critic is doing in a sentence. {@link RoleClassifier} states the rules that decide it;
 * {@code devset/roles/GUIDELINES.md} states them for a human labeller.
 */
public enum SentenceRole {
  /** The critic judges the film or a part of it, or says how it affected them. */
  EVALUATION,
  /** The critic retells or describes the story, its characters and its world. */
  SUMMARY,
  /** Facts around the film or the review: credits, awards, release, the critic's situation. */
  CONTEXT;

  /** The role as written in the CSVs: "evaluation", "summary" or "context". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role with this label. */
  public static SentenceRole ofLabel(String label) {
    for (SentenceRole role : values()) {
      if (role.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "unknown sentence role '" + label + "': expected evaluation, summary or context");
  }
}
