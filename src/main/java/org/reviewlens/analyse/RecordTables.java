package org.reviewlens.analyse;

import java.util.List;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.corpus.SkippedReview;
import org.reviewlens.extract.Entity;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.Mention;
import org.reviewlens.extract.Quote;
import org.reviewlens.extract.Sentence;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The per-item tables: one row per review, sentence, entity, quote and mention, in a stable order
 * (review id, then position in the text).
 */
public final class RecordTables {
  private RecordTables() {}

  /** One row per review, skipped ones included with their reason. */
  public static Table reviews(List<ExtractedReview> reviews, List<SkippedReview> skipped) {
    Table t =
        Table.create(
            "reviews",
            StringColumn.create("review_id"),
            StringColumn.create("reviewer"),
            StringColumn.create("outlet"),
            StringColumn.create("title"),
            StringColumn.create("published"),
            StringColumn.create("url"),
            IntColumn.create("tokens"),
            IntColumn.create("sentences"),
            StringColumn.create("status"),
            StringColumn.create("skip_reason"));
    for (ExtractedReview r : reviews) {
      addReview(t, r.reviewId(), r.metadata(), r.tokens(), r.sentences().size(), "ok", "");
    }
    for (SkippedReview s : skipped) {
      addReview(t, s.id(), s.metadata(), 0, 0, "skipped", s.reason());
    }
    return t.sortAscendingOn("review_id");
  }

  private static void addReview(
      Table t, String id, ReviewMetadata m, int tokens, int sentences, String status, String reason) {
    t.stringColumn("review_id").append(id);
    t.stringColumn("reviewer").append(m.reviewer());
    t.stringColumn("outlet").append(m.outlet());
    t.stringColumn("title").append(m.title());
    t.stringColumn("published").append(m.published());
    t.stringColumn("url").append(m.url());
    t.intColumn("tokens").append(tokens);
    t.intColumn("sentences").append(sentences);
    t.stringColumn("status").append(status);
    t.stringColumn("skip_reason").append(reason);
  }

  /** One row per sentence. */
  public static Table sentences(List<ExtractedReview> reviews) {
    Table t =
        Table.create(
            "sentences",
            StringColumn.create("review_id"),
            IntColumn.create("sentence_index"),
            IntColumn.create("char_begin"),
            IntColumn.create("char_end"),
            DoubleColumn.create("position"),
            StringColumn.create("text"),
            StringColumn.create("sentiment"),
            DoubleColumn.create("sentiment_score"),
            BooleanColumn.create("dialogue"));
    for (ExtractedReview r : reviews) {
      for (Sentence s : r.sentences()) {
        t.stringColumn("review_id").append(r.reviewId());
        t.intColumn("sentence_index").append(s.index());
        t.intColumn("char_begin").append(s.charBegin());
        t.intColumn("char_end").append(s.charEnd());
        t.doubleColumn("position").append(s.position());
        t.stringColumn("text").append(s.text());
        t.stringColumn("sentiment").append(s.sentiment());
        t.doubleColumn("sentiment_score").append(s.score());
        t.booleanColumn("dialogue").append(s.dialogue());
      }
    }
    return t;
  }

  /** One row per named entity, every NER type kept. */
  public static Table entities(List<ExtractedReview> reviews) {
    Table t =
        Table.create(
            "entities",
            StringColumn.create("review_id"),
            IntColumn.create("sentence_index"),
            IntColumn.create("char_begin"),
            IntColumn.create("char_end"),
            StringColumn.create("text"),
            StringColumn.create("ner_type"));
    for (ExtractedReview r : reviews) {
      for (Entity e : r.entities()) {
        t.stringColumn("review_id").append(r.reviewId());
        t.intColumn("sentence_index").append(e.sentenceIndex());
        t.intColumn("char_begin").append(e.charBegin());
        t.intColumn("char_end").append(e.charEnd());
        t.stringColumn("text").append(e.text());
        t.stringColumn("ner_type").append(e.type());
      }
    }
    return t;
  }

  /** One row per quotation or script-style dialogue line. */
  public static Table quotes(List<ExtractedReview> reviews) {
    Table t =
        Table.create(
            "quotes",
            StringColumn.create("review_id"),
            IntColumn.create("quote_index"),
            IntColumn.create("char_begin"),
            IntColumn.create("char_end"),
            StringColumn.create("text"),
            StringColumn.create("speaker"),
            StringColumn.create("kind"),
            StringColumn.create("speaker_character"));
    for (ExtractedReview r : reviews) {
      for (Quote q : r.quotes()) {
        t.stringColumn("review_id").append(r.reviewId());
        t.intColumn("quote_index").append(q.index());
        t.intColumn("char_begin").append(q.charBegin());
        t.intColumn("char_end").append(q.charEnd());
        t.stringColumn("text").append(q.text());
        t.stringColumn("speaker").append(q.speaker());
        t.stringColumn("kind").append(q.kind().label());
        t.stringColumn("speaker_character").append(q.speakerCharacter());
      }
    }
    return t;
  }

  /** One row per character mention. */
  public static Table mentions(List<ExtractedReview> reviews) {
    Table t =
        Table.create(
            "mentions",
            StringColumn.create("review_id"),
            IntColumn.create("sentence_index"),
            IntColumn.create("char_begin"),
            IntColumn.create("char_end"),
            StringColumn.create("surface"),
            StringColumn.create("character"),
            StringColumn.create("kind"),
            StringColumn.create("variant"));
    for (ExtractedReview r : reviews) {
      for (Mention m : r.mentions()) {
        t.stringColumn("review_id").append(r.reviewId());
        t.intColumn("sentence_index").append(m.sentenceIndex());
        t.intColumn("char_begin").append(m.charBegin());
        t.intColumn("char_end").append(m.charEnd());
        t.stringColumn("surface").append(m.surface());
        t.stringColumn("character").append(m.character());
        t.stringColumn("kind").append(m.kind().label());
        t.stringColumn("variant").append(m.variant());
      }
    }
    return t;
  }
}
