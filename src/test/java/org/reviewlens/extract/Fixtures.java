package org.reviewlens.extract;

import java.util.List;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.extract.names.NameFinder;

/** A small hand-made cast for rule tests. */
public final class Fixtures {
  public static final Cast CAST =
      new Cast(
          List.of(
              new Character(
                  "Ani",
                  List.of("Ani", "Anora", "Anora Mikheeva", "Mikheeva"),
                  "Mikey Madison",
                  List.of("Mikey Madison", "Madison"),
                  Gender.FEMALE),
              new Character(
                  "Ivan",
                  List.of("Ivan", "Vanya", "Ivan Zakharov", "Zakharov"),
                  "Mark Eydelshteyn",
                  List.of("Mark Eydelshteyn", "Eydelshteyn"),
                  Gender.MALE),
              new Character(
                  "Igor",
                  List.of("Igor"),
                  "Yura Borisov",
                  List.of("Yura Borisov", "Borisov"),
                  Gender.MALE),
              new Character("Diamond", List.of("Diamond"), "", List.of(), Gender.FEMALE)));
  public static final Film FILM =
      new Film("Anora", 2024, "Sean Baker", List.of("Sean Baker", "Baker"), Gender.MALE);

  private Fixtures() {}

  public static List<NameSpan> names(String text) {
    return new NameFinder(CAST, FILM).find(text);
  }

  public static List<String> surfaces(String text) {
    return names(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
  }
}
