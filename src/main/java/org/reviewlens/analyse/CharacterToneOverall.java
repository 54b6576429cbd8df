package org.reviewlens.analyse;

import static org.reviewlens.analyse.CharacterTone.CI_HIGH;
import static org.reviewlens.analyse.CharacterTone.CI_LOW;
import static org.reviewlens.analyse.CharacterTone.MEAN_SCORE;
import static org.reviewlens.analyse.CharacterTone.MOST_NEGATIVE_SENTENCE;
import static org.reviewlens.analyse.CharacterTone.MOST_POSITIVE_SENTENCE;
import static org.reviewlens.analyse.CharacterTone.SENTENCES;
import static org.reviewlens.analyse.CharacterTone.VERDICT_SCORE;
import static org.reviewlens.analyse.CharacterTone.VERDICT_SENTENCES;
import static org.reviewlens.analyse.Columns.CHARACTER;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.verdict.VerdictReading;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.Sentence;
import tech.tablesaw.api.Table;

/**
 * {@code character_tone_overall.csv}: one row per character, over the sentences of every review. A
 * table of its own, so that no review id ever stands for "all reviews".
 */
public final class CharacterToneOverall extends Analysis {
  public static final OutputTable TABLE =
      OutputTable.of(
          "character_tone_overall",
          CHARACTER,
          SENTENCES,
          MEAN_SCORE,
          CI_LOW,
          CI_HIGH,
          VERDICT_SENTENCES,
          VERDICT_SCORE,
          MOST_POSITIVE_SENTENCE,
          MOST_NEGATIVE_SENTENCE);

  public CharacterToneOverall() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    Tone tone = new Tone(input.tone());
    Table t = TABLE.create();
    List<Sentence> allVoice = new ArrayList<>();
    input.reviews().forEach(r -> allVoice.addAll(tone.voice(r)));
    double floor = Stats.std(Tone.scores(allVoice));
    Function<List<Sentence>, VerdictReading> verdict =
        CharacterTone.judgedBy(input.tone().verdict(), input.reviews());
    for (String character : input.characters()) {
      List<Sentence> all = new ArrayList<>();
      for (ExtractedReview r : input.reviews()) {
        all.addAll(tone.about(r, character));
      }
      CharacterTone.fill(TABLE.row(t), character, all, floor, verdict);
    }
    return t;
  }
}
