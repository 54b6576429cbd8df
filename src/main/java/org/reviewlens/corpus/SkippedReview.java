package org.reviewlens.corpus;

/** A review file that the run could not use, and why; the rest of the corpus still runs. */
public record SkippedReview(String id, ReviewMetadata metadata, String reason) {}
