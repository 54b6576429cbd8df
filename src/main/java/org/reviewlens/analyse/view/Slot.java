package org.reviewlens.analyse.view;

/**
 * Where a part goes on the dashboard. The dashboard shows the slots in this order and, within a
 * slot, the parts in the order of the analysis registry.
 */
public enum Slot {
  /** What the corpus holds: the reviews. */
  OVERVIEW,
  /** Who each reviewer talks about. */
  ATTENTION,
  /** In what tone. */
  TONE,
  /** How the reviews are written: sentiment labels, names, words, likeness. */
  TEXT,
  /** The evidence in full: quotations and references. */
  DETAILS
}
