package org.reviewlens.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One file name per review, short enough for any file system. */
class ReviewFilesTest {
  /** A legal id of 251 characters: its file {@code <id>.txt} is at the 255-byte limit. */
  static final String LONG_ID = "night_walk-" + "0123456789".repeat(24);

  @Test
  void aLongIdIsCutToItsFirstHundredCharactersAndTwelveHexDigitsOfItsSha256() {
    assertEquals(251, LONG_ID.length());
    assertEquals(
        LONG_ID.substring(0, 100) + "-5e00c268fd87", ReviewFiles.of(List.of(LONG_ID)).get(LONG_ID));
  }

  @Test
  void idsUpToTheLengthOfACutNameKeepTheirName() {
    String longest = "k".repeat(113);
    assertEquals(
        List.of("first", longest), List.copyOf(ReviewFiles.of(List.of("first", longest)).values()));
  }

  @Test
  void longIdsThatShareTheirFirstHundredCharactersGetDifferentNames() {
    String other = LONG_ID.substring(0, 250) + "x";
    Map<String, String> names = ReviewFiles.of(List.of(LONG_ID, other));
    assertNotEquals(names.get(LONG_ID), names.get(other));
    assertEquals(113, names.get(other).length());
  }
}
