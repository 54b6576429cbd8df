package org.reviewlens.extract.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Gender;
import org.reviewlens.extract.Fixtures;
import org.reviewlens.extract.NameSpan;

class NameFinderTest {
  /** Zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen. */
  private static final List<String> INVISIBLE =
      List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD");

  @Test
  void ignoresCase() {
    assertEquals(List.of("vanya"), Fixtures.surfaces("So you wanna get married to me, vanya?"));
  }

  @Test
  void possessiveWithCurlyOrStraightApostropheCountsWithoutTheS() {
    assertEquals(List.of("Ani", "Ivan"), Fixtures.surfaces("Ani’s face and Ivan's parents"));
  }

  @Test
  void nicknameInsideNameIsOneSpan() {
    assertEquals(
        List.of("Anora “Ani” Mikheeva", "Mikey Madison"),
        Fixtures.surfaces("Anora “Ani” Mikheeva (Mikey Madison) works"));
    assertEquals(
        NameSpan.Role.ACTOR, Fixtures.names("Anora “Ani” Mikheeva (Mikey Madison)").get(1).role());
  }

  @Test
  void spanEndingOnAQuotedNicknameKeepsItsClosingQuote() {
    assertEquals(List.of("Anora “Ani”"), Fixtures.surfaces("We meet Anora “Ani” at work."));
    assertEquals(List.of("Ivan \"Vanya\""), Fixtures.surfaces("Ivan \"Vanya\" runs."));
  }

  @Test
  void fullNameIsOneSpan() {
    assertEquals(List.of("Ivan Zakharov"), Fixtures.surfaces("Ivan Zakharov proposes."));
  }

  @Test
  void namesInSeparateSpansCountSeparately() {
    assertEquals(
        List.of("Anora", "Ani", "Baker"),
        Fixtures.surfaces("Through the lens of Anora, or Ani, Baker explores"));
  }

  @Test
  void actorPossessiveBeforeNameGivesActorThenName() {
    List<NameSpan> spans = Fixtures.names("Madison's Ani");
    assertEquals(
        List.of(NameSpan.Role.ACTOR, NameSpan.Role.CHARACTER),
        spans.stream().map(NameSpan::role).toList());
  }

  @Test
  void doesNotMatchInsideLongerWords() {
    assertEquals(List.of(), Fixtures.surfaces("Anita and Animals and Igorevich"));
  }

  @Test
  void lowerCaseCommonNounAfterArticleIsNotAName() {
    assertEquals(List.of("Diamond"), Fixtures.surfaces("She wore a diamond. Diamond laughed."));
  }

  @Test
  void invisibleFormatCharactersInsideANameAreIgnoredAndTheSpanKeepsThem() {
    for (String cf : INVISIBLE) {
      String text = "Then A" + cf + "ni walks home with Ivan Za" + cf + "kharov.";
      List<NameSpan> spans = Fixtures.names(text);
      assertEquals(
          List.of("5-9 Ani", "26-40 Ivan"),
          spans.stream().map(s -> s.begin() + "-" + s.end() + " " + s.owner()).toList(),
          "U+" + Integer.toHexString(cf.charAt(0)));
    }
  }

  @Test
  void aNameSpanLeavesOutTheInvisibleCharactersAroundIt() {
    assertEquals(List.of("Igor"), Fixtures.surfaces("Anil\u200B met \u2060Igor\u00AD."));
  }

  /**
   * The review text was matched without its invisible characters but the alias with them, so an
   * alias spelt with a zero-width non-joiner (usual in Persian) never matched, written either way.
   */
  @Test
  void anAliasHoldingAnInvisibleCharacterMatchesTheNameWithOrWithoutIt() {
    Cast cast =
        new Cast(
            List.of(
                new Character(
                    "Shir\u200Cin", List.of("Shir\u200Cin"), "", List.of(), Gender.FEMALE)));
    NameFinder finder = new NameFinder(cast, Fixtures.FILM);
    String text = "Shir\u200Cin smiles, and Shirin laughs.";
    assertEquals(
        List.of("0-7", "20-26"),
        finder.find(text).stream().map(s -> s.begin() + "-" + s.end()).toList());
  }

  /**
   * A romanised given name credited as one word was missed wherever a review hyphenated it, which
   * most reviews of a Korean film do.
   */
  @Test
  void aGivenNameCreditedAsOneWordMatchesItsHyphenatedSpellings() {
    Cast cast =
        new Cast(List.of(new Character("Jongsu", List.of("Jongsu"), "", List.of(), Gender.MALE)));
    NameFinder finder = new NameFinder(cast, Fixtures.FILM);
    String text = "Jong-su drives; Jong\u2011Su waits; Jongsu leaves; Jong su stays.";
    assertEquals(
        List.of("Jong-su", "Jong\u2011Su", "Jongsu"),
        finder.find(text).stream().map(s -> text.substring(s.begin(), s.end())).toList());
  }
}
