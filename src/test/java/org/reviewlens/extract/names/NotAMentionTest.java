package org.reviewlens.extract.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.extract.Fixtures;
import org.reviewlens.extract.title.LongTitle;

class NotAMentionTest {
  private static List<String> kept(String text) {
    return NotAMention.removeFrom(text, Fixtures.names(text), List.of()).stream()
        .map(s -> text.substring(s.begin(), s.end()))
        .toList();
  }

  @Test
  void aNameInsideTheQuotedTitleOfAnotherWorkIsNotAMention() {
    assertEquals(List.of("Ivan"), kept("Ivan hums “The Igor Polka” all day."));
  }

  @Test
  void aQuotedNameAloneIsStillAName() {
    assertEquals(List.of("Igor"), kept("They call him “Igor” at work."));
  }

  @Test
  void theRealPersonIsNotTheCharacter() {
    assertEquals(List.of(), kept("Even the real Igor praised it."));
    assertEquals(List.of(), kept("The real-life Ivan Zakharov sued."));
  }

  @Test
  void playingTheRealPersonStillNamesTheRole() {
    assertEquals(List.of("Borisov", "Igor"), kept("Borisov plays the real-life Igor."));
  }

  /**
   * "Thelma and Louise" in quotes was taken for the title of another work, and its two names
   * dropped, in a review of Thelma &amp; Louise.
   */
  @Test
  void theFilmsOwnTitleQuotedWholeIsNotAnotherWork() {
    String text = "I saw “Igor and Ivan” twice.";
    List<int[]> ownTitle = LongTitle.of("Igor & Ivan", false).orElseThrow().occurrences(text);
    assertEquals(
        List.of("Igor", "Ivan"),
        NotAMention.removeFrom(text, Fixtures.names(text), ownTitle).stream()
            .map(s -> text.substring(s.begin(), s.end()))
            .toList());
    assertEquals(List.of(), kept(text));
  }
}
