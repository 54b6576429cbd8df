package org.reviewlens.extract.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewlens.extract.Entity;

class ReferenceFinderTest {
  private final ReferenceFinder finder =
      new ReferenceFinder(Set.of("baker", "seanbaker", "ani"), "Anora");

  @Test
  void filmsAreFoundWhereFilmsAreNamed() {
    String text =
        "I had seen Tangerine and The Florida Project, but I hadn’t seen Red Rocket yet. A Pretty"
            + " Woman-style comedy turns into an Uncut Gems-inspired chase, like the Safdie"
            + " Brothers film Good Time. Baker, known for his depictions (The Florida Project,"
            + " Tangerine), watched Anora twice.";
    assertEquals(
        Set.of(
            "Tangerine",
            "The Florida Project",
            "Red Rocket",
            "Pretty Woman",
            "Uncut Gems",
            "Good Time"),
        finder.titles(text));
  }

  @Test
  void peopleAndPlacesComeFromEntitiesButNeverTheCastOrDirector() {
    String text = "Sean Baker and Drew Daniels shot it in Brooklyn.";
    List<Entity> entities =
        List.of(
            new Entity(0, 0, 10, "Sean Baker", "PERSON"),
            new Entity(0, 15, 26, "Drew Daniels", "PERSON"),
            new Entity(0, 39, 47, "Brooklyn", "CITY"));
    assertEquals(
        List.of(
            new Reference(Reference.Kind.PERSON, "Drew Daniels", 1),
            new Reference(Reference.Kind.PLACE, "Brooklyn", 1)),
        finder.find(text, entities));
  }

  /**
   * Known people were once filtered word by word, and "Sean Penn" vanished because of Sean Baker.
   */
  @Test
  void aPersonWhoSharesOneWordWithTheDirectorIsStillAReference() {
    String text = "Sean Penn once met Sean Baker.";
    List<Entity> entities =
        List.of(
            new Entity(0, 0, 9, "Sean Penn", "PERSON"),
            new Entity(0, 19, 29, "Sean Baker", "PERSON"));
    assertEquals(
        List.of(new Reference(Reference.Kind.PERSON, "Sean Penn", 1)), finder.find(text, entities));
  }

  @Test
  void everyUseOfAFoundTitleCounts() {
    String text = "I had seen Tangerine. Tangerine was shot on an iPhone.";
    assertEquals(
        List.of(new Reference(Reference.Kind.FILM, "Tangerine", 2)), finder.find(text, List.of()));
  }
}
