package org.reviewlens.extract.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Names written here for the test, in the romanisations the equivalences are for. */
class RomanisationTest {
  private static void alike(String a, String b) {
    assertEquals(Romanisation.key(a), Romanisation.key(b), a + " / " + b);
  }

  private static void apart(String a, String b) {
    assertNotEquals(Romanisation.key(a), Romanisation.key(b), a + " / " + b);
  }

  @Test
  void koreanRomanisationsAreAlike() {
    alike("Ki-hoon", "Gihun");
    alike("Chang", "Jang");
    alike("Cho", "Jo");
    alike("Jeong", "Jung");
    alike("Woo", "Wu");
    alike("Tae", "Dae");
  }

  @Test
  void wadeGilesAndPinyinAreAlike() {
    alike("Hsu", "Xu");
    alike("Tsai", "Cai");
    alike("Chiang", "Jiang");
  }

  @Test
  void russianTransliterationsAreAlike() {
    alike("Tchekhov", "Chekhov");
    alike("Aleksei", "Alexey");
    alike("Vania", "Vanya");
  }

  @Test
  void longAndShortVowelsAreAlike() {
    alike("Raam", "Ram");
    alike("Nei", "Nai");
    alike("Paulie", "Pauly");
  }

  @Test
  void differentNamesStayApart() {
    apart("Ivan", "Iran");
    apart("Ani", "Anne");
    apart("Igor", "Ivor");
    apart("Minho", "Minha");
  }
}
