package org.reviewlens.extract.pronouns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reviewlens.annotate.CorefChain;
import org.reviewlens.annotate.CorefMention;
import org.reviewlens.annotate.Token;
import org.reviewlens.corpus.Gender;
import org.reviewlens.extract.Fixtures;
import org.reviewlens.extract.NameSpan;

class PronounResolverTest {
  private final PronounResolver resolver = new PronounResolver(Fixtures.CAST);

  /** Whitespace tokens, all in sentence 0. */
  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("[\\p{L}’']+|[^\\s\\p{L}]").matcher(text);
    while (m.find()) {
      tokens.add(new Token(0, m.start(), m.end(), m.group(), m.group(), "X", "O"));
    }
    return tokens;
  }

  private static CorefMention mention(String text, String surface, int from, String type) {
    int b = text.indexOf(surface, from);
    return new CorefMention(0, b, b + surface.length(), surface, type, "UNKNOWN");
  }

  private List<String> credits(String text, List<CorefChain> chains) {
    return resolver
        .resolve(
            text,
            tokens(text),
            chains,
            Fixtures.names(text),
            s ->
                s.role() == NameSpan.Role.DIRECTOR
                    ? Gender.MALE
                    : Fixtures.CAST.character(s.owner()).orElseThrow().gender())
        .stream()
        .map(c -> c.surface() + "@" + c.begin() + "=" + c.character())
        .toList();
  }

  @Test
  void chainsNamingTheSameCharacterAreMerged() {
    String text = "Ani dances. She smiles. Anora waits. Her hands shake.";
    List<CorefChain> chains =
        List.of(
            new CorefChain(
                1,
                List.of(mention(text, "Ani", 0, "PROPER"), mention(text, "She", 0, "PRONOMINAL"))),
            new CorefChain(
                2,
                List.of(
                    mention(text, "Anora", 0, "PROPER"), mention(text, "Her", 0, "PRONOMINAL"))));
    assertEquals(List.of("She@12=Ani", "Her@37=Ani"), credits(text, chains));
  }

  @Test
  void pronounOfContradictingGenderIsDropped() {
    String text = "Ivan runs. She follows him.";
    List<CorefChain> chains =
        List.of(
            new CorefChain(
                1,
                List.of(
                    mention(text, "Ivan", 0, "PROPER"),
                    mention(text, "She", 0, "PRONOMINAL"),
                    mention(text, "him", 0, "PRONOMINAL"))));
    assertEquals(List.of("him@23=Ivan"), credits(text, chains));
  }

  /**
   * Critics write of the role through the actor; "her performance" is then dropped by
   * PerformancePronoun.
   */
  @Test
  void chainNamingOnlyOneCharactersActorIsCreditedToTheCharacter() {
    String text = "Mikey Madison is a dancer. She is not rebelling.";
    List<CorefChain> chains =
        List.of(
            new CorefChain(
                1,
                List.of(
                    mention(text, "Mikey Madison", 0, "PROPER"),
                    mention(text, "She", 0, "PRONOMINAL"))));
    assertEquals(List.of("She@27=Ani"), credits(text, chains));
  }

  @Test
  void chainNamingTheDirectorIsNeverCredited() {
    String text = "Sean Baker wrote it. He cuts fast.";
    List<CorefChain> chains =
        List.of(
            new CorefChain(
                1,
                List.of(
                    mention(text, "Sean Baker", 0, "PROPER"),
                    mention(text, "He", 0, "PRONOMINAL"))));
    assertEquals(List.of(), credits(text, chains));
  }

  /** Coreference once put Ani's "she" in Ivan's chain, and the pronoun was lost. */
  @Test
  void pronounInTheChainOfACharacterOfTheOtherGenderTakesTheNearestAgreeingCharacter() {
    String text = "Ani waits. Ivan runs. She follows him.";
    List<CorefChain> chains =
        List.of(
            new CorefChain(
                1,
                List.of(
                    mention(text, "Ivan", 0, "PROPER"),
                    mention(text, "She", 0, "PRONOMINAL"),
                    mention(text, "him", 0, "PRONOMINAL"))));
    assertEquals(List.of("She@22=Ani", "him@34=Ivan"), credits(text, chains));
  }

  @Test
  void pronounOutsideChainsTakesNearestAgreeingPerson() {
    String text = "Igor meets Ani. He laughs. Then Mikey Madison appears and her smile wins.";
    assertEquals(List.of("He@16=Igor"), credits(text, List.of()));
  }
}
