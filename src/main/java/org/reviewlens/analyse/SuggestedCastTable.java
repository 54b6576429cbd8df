package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.ALIASES;
import static org.reviewlens.analyse.Columns.CHARACTER;
import static org.reviewlens.analyse.Columns.EVIDENCE;

import java.util.Locale;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Gender;
import org.reviewlens.extract.people.SuggestedCast;
import tech.tablesaw.api.Table;

/**
 * {@code cast_suggested.csv}: the characters cast discovery found, in the {@code cast.csv} format.
 */
public final class SuggestedCastTable extends Analysis {
  public static final OutputColumn.Text ACTOR = OutputColumn.text("actor");
  public static final OutputColumn.Text ACTOR_ALIASES = OutputColumn.text("actor_aliases");
  public static final OutputColumn.Text GENDER = OutputColumn.text("gender");
  public static final OutputColumn.Text CONFIDENCE = OutputColumn.text("confidence");
  public static final OutputTable TABLE =
      OutputTable.of(
          "cast_suggested", CHARACTER, ALIASES, ACTOR, ACTOR_ALIASES, GENDER, CONFIDENCE, EVIDENCE);

  public SuggestedCastTable() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    SuggestedCast suggested = input.suggested();
    Table t = TABLE.create();
    for (Character c : suggested.cast().characters()) {
      TABLE
          .row(t)
          .set(CHARACTER, c.name())
          .set(ALIASES, String.join("|", c.aliases()))
          .set(ACTOR, c.actor())
          .set(ACTOR_ALIASES, String.join("|", c.actorAliases()))
          .set(
              GENDER,
              c.gender() == Gender.UNKNOWN ? "" : c.gender().name().toLowerCase(Locale.ROOT))
          .set(CONFIDENCE, suggested.confidence().get(c.name()))
          .set(EVIDENCE, suggested.evidence().get(c.name()))
          .add();
    }
    return t;
  }
}
