package org.reviewlens.analyse;

import org.reviewlens.corpus.Character;
import org.reviewlens.extract.SuggestedCast;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The discovered cast in the cast.csv format, plus confidence and evidence columns. */
public final class CastTable {
  private CastTable() {}

  public static Table suggested(SuggestedCast suggested) {
    Table t = Table.create("cast_suggested", StringColumn.create("character"), StringColumn.create("aliases"),
        StringColumn.create("actor"), StringColumn.create("actor_aliases"), StringColumn.create("gender"),
        StringColumn.create("confidence"), StringColumn.create("evidence"));
    for (Character c : suggested.cast().characters()) {
      t.stringColumn("character").append(c.name());
      t.stringColumn("aliases").append(String.join("|", c.aliases()));
      t.stringColumn("actor").append(c.actor());
      t.stringColumn("actor_aliases").append(String.join("|", c.actorAliases()));
      t.stringColumn("gender").append(c.gender() == org.reviewlens.corpus.Gender.UNKNOWN ? "" : c.gender().name().toLowerCase(java.util.Locale.ROOT));
      t.stringColumn("confidence").append(suggested.confidence().get(c.name()));
      t.stringColumn("evidence").append(suggested.evidence().get(c.name()));
    }
    return t;
  }
}
