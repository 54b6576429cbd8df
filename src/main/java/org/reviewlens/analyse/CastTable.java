package org.reviewlens.analyse;

import org.reviewlens.corpus.Character;
import org.reviewlens.extract.SuggestedCast;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The discovered cast in the cast.csv format, plus confidence and evidence columns; and the people found. */
public final class CastTable {
  private CastTable() {}

  /** The real people the reviews name: people_suggested.csv. */
  public static Table people(SuggestedCast suggested) {
    Table t = Table.create("people_suggested", StringColumn.create("person"), StringColumn.create("aliases"),
        StringColumn.create("role"), StringColumn.create("character"), StringColumn.create("evidence"));
    for (org.reviewlens.extract.Person p : suggested.people()) {
      t.stringColumn("person").append(p.name());
      t.stringColumn("aliases").append(String.join("|", p.aliases()));
      t.stringColumn("role").append(p.role().label());
      t.stringColumn("character").append(p.character());
      t.stringColumn("evidence").append(p.evidence());
    }
    return t;
  }

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
