package org.reviewlens.fault;

/**
 * A named step of a run where a test can inject a fault. Each point sits where a crash would matter
 * most: between two writes that must both happen, or between the steps of a commit.
 */
public enum FaultPoint {
  /** Inside an annotation worker, after CoreNLP's main annotators ran on a review. */
  ANNOTATING("annotating"),
  /** After a review's annotations are complete, before the next review's. */
  ANNOTATED("annotated"),
  /** After a cache entry is written to its temporary file, before it is moved into place. */
  CACHE_WRITE("cache-write"),
  /** After one table's CSV is written to the staging folder. */
  TABLE_WRITTEN("table-written"),
  /** After the previous output is moved aside, before the staging folder takes its place. */
  BETWEEN_RENAMES("between-renames");

  private final String label;

  FaultPoint(String label) {
    this.label = label;
  }

  /** The name used in {@code -Dreviewlens.fault=NAME@K}. */
  public String label() {
    return label;
  }
}
