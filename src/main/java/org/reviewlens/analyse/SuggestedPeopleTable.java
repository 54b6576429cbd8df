package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.ALIASES;
import static org.reviewlens.analyse.Columns.CHARACTER;
import static org.reviewlens.analyse.Columns.EVIDENCE;

import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.extract.people.Person;
import tech.tablesaw.api.Table;

/** {@code people_suggested.csv}: the real people the reviews name. */
public final class SuggestedPeopleTable extends Analysis {
  public static final OutputColumn.Text PERSON = OutputColumn.text("person");
  public static final OutputColumn.Text ROLE = OutputColumn.text("role");
  public static final OutputTable TABLE =
      OutputTable.of("people_suggested", PERSON, ALIASES, ROLE, CHARACTER, EVIDENCE);

  public SuggestedPeopleTable() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    Table t = TABLE.create();
    for (Person p : input.suggested().people()) {
      TABLE
          .row(t)
          .set(PERSON, p.name())
          .set(ALIASES, String.join("|", p.aliases()))
          .set(ROLE, p.role().label())
          .set(CHARACTER, p.character())
          .set(EVIDENCE, p.evidence())
          .add();
    }
    return t;
  }
}
