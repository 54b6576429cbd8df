package org.reviewlens.analyse;

import java.util.List;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.Mention;
import org.reviewlens.extract.MentionKind;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Counts each review's mentions of each cast character by kind, zeros included. Film-title uses
 * of an eponymous name are not mentions of the character and are left out of every count.
 */
public final class CharacterMentions {
  private CharacterMentions() {}

  public static Table table(List<ExtractedReview> reviews, List<String> characters) {
    Table t =
        Table.create(
            "character_mentions",
            StringColumn.create("review_id"),
            StringColumn.create("reviewer"),
            StringColumn.create("character"),
            IntColumn.create("name_mentions"),
            IntColumn.create("pronoun_mentions"),
            IntColumn.create("actor_mentions"),
            IntColumn.create("speaker_labels"),
            IntColumn.create("total_mentions"),
            DoubleColumn.create("mentions_per_1k_tokens"),
            DoubleColumn.create("share_of_review"));
    for (ExtractedReview r : reviews) {
      long reviewTotal = r.mentions().stream().filter(m -> m.kind() != MentionKind.FILM_TITLE).count();
      for (String character : characters) {
        int names = count(r, character, MentionKind.NAME);
        int pronouns = count(r, character, MentionKind.PRONOUN);
        int actors = count(r, character, MentionKind.ACTOR);
        int labels = count(r, character, MentionKind.SPEAKER_LABEL);
        int total = names + pronouns + actors + labels;
        t.stringColumn("review_id").append(r.reviewId());
        t.stringColumn("reviewer").append(r.metadata().reviewer());
        t.stringColumn("character").append(character);
        t.intColumn("name_mentions").append(names);
        t.intColumn("pronoun_mentions").append(pronouns);
        t.intColumn("actor_mentions").append(actors);
        t.intColumn("speaker_labels").append(labels);
        t.intColumn("total_mentions").append(total);
        t.doubleColumn("mentions_per_1k_tokens").append(r.tokens() == 0 ? 0 : 1000.0 * total / r.tokens());
        t.doubleColumn("share_of_review").append(reviewTotal == 0 ? 0 : (double) total / reviewTotal);
      }
    }
    return t;
  }

  static int count(ExtractedReview review, String character, MentionKind kind) {
    int n = 0;
    for (Mention m : review.mentions()) {
      if (m.kind() == kind && m.character().equals(character)) {
        n++;
      }
    }
    return n;
  }
}
