package org.reviewlens.extract.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.extract.Fixtures;

class ActorCreditsTest {
  private static List<String> credits(String text) {
    return ActorCredits.find(text, Fixtures.names(text)).stream()
        .map(s -> text.substring(s.begin(), s.end()))
        .toList();
  }

  @Test
  void anActorInParenthesesAfterTheirCharacterIsACredit() {
    assertEquals(List.of("Yura Borisov"), credits("Igor (Yura Borisov) says he will stay."));
  }

  @Test
  void anActorAsTheirCharacterIsACredit() {
    assertEquals(List.of("Yura Borisov"), credits("Yura Borisov as Igor says he will stay."));
  }

  @Test
  void anActorBesideAnotherCharacterIsNotACredit() {
    assertEquals(List.of(), credits("Ivan (Yura Borisov) and Mikey Madison as Igor."));
  }

  @Test
  void anActorNamedOnTheirOwnIsNotACredit() {
    assertEquals(List.of(), credits("Yura Borisov says he loved the shoot."));
  }
}
