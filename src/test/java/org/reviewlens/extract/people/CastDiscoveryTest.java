package org.reviewlens.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.extract.FakeNer;

class CastDiscoveryTest {
  private static final Set<String> PEOPLE =
      Set.of(
          "Mikey", "Madison", "Yura", "Borisov", "Sean", "Baker", "Igor", "Ani", "Drew", "Daniels");

  private static AnnotatedReview annotate(String id, String text) {
    return FakeNer.annotate(id, text, PEOPLE);
  }

  @Test
  void charactersActorsAndCrewAreToldApart() {
    String text =
        "Director Sean Baker follows Anora “Ani” Mikheeva (Mikey Madison). Ani meets Igor (Yura"
            + " Borisov). Igor waits for Ani. Madison’s performance shines, and cinematographer"
            + " Drew Daniels frames Igor.";
    Film film = new Film("Anora", 2024, "Sean Baker", List.of("Sean Baker", "Baker"), Gender.MALE);
    SuggestedCast cast =
        new CastDiscovery(film)
            .discover(
                List.of(new Review("r", text, ReviewMetadata.defaultFor("r"))),
                List.of(annotate("r", text)));
    assertEquals(List.of("Ani", "Igor"), cast.cast().names());
    Character ani = cast.cast().character("Ani").orElseThrow();
    assertTrue(
        ani.aliases().containsAll(List.of("Anora", "Mikheeva", "Anora Mikheeva")), ani.toString());
    assertEquals("Mikey Madison", ani.actor());
    assertEquals("Yura Borisov", cast.cast().character("Igor").orElseThrow().actor());
    assertEquals(
        List.of(
            "Mikey Madison: actor of Ani",
            "Yura Borisov: actor of Igor",
            "Sean Baker: director of ",
            "Drew Daniels: crew of "),
        cast.people().stream()
            .map(p -> p.name() + ": " + p.role().label() + " of " + p.character())
            .toList());
    assertEquals("high", cast.confidence().get("Ani"));
  }

  /** A film.csv without a director once listed a nameless director among the people. */
  @Test
  void aFilmWithoutADirectorListsNoNamelessDirector() {
    String text = "Ani meets Igor (Yura Borisov). Igor waits for Ani, and Borisov is superb.";
    Film film = new Film("Anora", 2024, "", List.of(), Gender.UNKNOWN);
    SuggestedCast cast =
        new CastDiscovery(film)
            .discover(
                List.of(new Review("r", text, ReviewMetadata.defaultFor("r"))),
                List.of(annotate("r", text)));
    assertEquals(
        List.of("Yura Borisov: actor"),
        cast.people().stream().map(p -> p.name() + ": " + p.role().label()).toList());
  }
}
