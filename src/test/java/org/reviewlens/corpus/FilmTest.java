package org.reviewlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FilmTest {
  private static Film film(String originalTitle) {
    return new Film("Mila", 2031, "Ida Brun", List.of("Ida Brun"), Gender.FEMALE, originalTitle);
  }

  @Test
  void theOriginalTitleMayListSeveralTitlesSeparatedByABar() {
    assertEquals(
        List.of("Mila och Tor", "Mila and Tor: A Winter", "میلا و تور"),
        film("Mila och Tor | Mila and Tor: A Winter|میلا و تور").otherTitles());
  }

  @Test
  void noOriginalTitleIsNoOtherTitle() {
    assertEquals(List.of(), film("").otherTitles());
    assertEquals(List.of(), film(" | ").otherTitles());
  }
}
