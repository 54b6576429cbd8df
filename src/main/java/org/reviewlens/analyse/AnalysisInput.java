package org.reviewlens.analyse;

import java.util.List;
import org.reviewlens.corpus.SkippedReview;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.people.SuggestedCast;

/**
 * Everything the analyses read.
 *
 * @param reviews the extracted reviews, in corpus order
 * @param skipped the reviews that could not be used, with their reasons, sorted by id
 * @param characters the cast's character names, in cast order
 * @param suggested what cast discovery found (characters and real people)
 * @param tone how tone is measured
 */
public record AnalysisInput(
    List<ExtractedReview> reviews,
    List<SkippedReview> skipped,
    List<String> characters,
    SuggestedCast suggested,
    ToneOptions tone) {
  public AnalysisInput {
    reviews = List.copyOf(reviews);
    skipped = List.copyOf(skipped);
    characters = List.copyOf(characters);
  }
}
