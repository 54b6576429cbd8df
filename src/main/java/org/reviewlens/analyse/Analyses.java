package org.reviewlens.analyse;

import java.util.List;

/**
 * The registry of analyses. Their order is the order of the CSV files and, within each dashboard
 * {@link org.reviewlens.analyse.view.Slot}, of the dashboard's parts. Adding an analysis means one
 * class and one line here.
 */
public final class Analyses {
  private static final List<Analysis> ALL =
      List.of(
          new ReviewsTable(),
          new SentencesTable(),
          new EntitiesTable(),
          new QuotesTable(),
          new MentionsTable(),
          new CharacterMentions(),
          new ReviewTone(),
          new CharacterTone(),
          new CharacterToneOverall(),
          new ToneArc(),
          new DistinctiveTerms(),
          new Similarity(),
          new Kwic(),
          new EntitySummary(),
          new References(),
          new SuggestedCastTable(),
          new SuggestedPeopleTable(),
          new QuotesByCharacter());

  private Analyses() {}

  /** Every analysis, in registry order. */
  public static List<Analysis> all() {
    return ALL;
  }

  /** Runs every analysis on the input, in registry order. */
  public static List<AnalysisOutput> run(AnalysisInput input) {
    return ALL.stream().map(a -> new AnalysisOutput(a, a.compute(input))).toList();
  }
}
