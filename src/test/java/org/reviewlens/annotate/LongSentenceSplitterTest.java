package org.reviewlens.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSentenceSplitterTest {
  private static LongSentenceSplitter splitter(int maxTokens) {
    Properties props = new Properties();
    props.setProperty("splitlong.maxTokens", Integer.toString(maxTokens));
    return new LongSentenceSplitter("splitlong", props);
  }

  private static List<CoreLabel> words(int n, Set<Integer> commas) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CoreLabel t = new CoreLabel();
      t.setWord(commas.contains(i) ? "," : "w" + i);
      tokens.add(t);
    }
    return tokens;
  }

  private static List<Integer> sizes(List<List<CoreLabel>> pieces) {
    return pieces.stream().map(List::size).toList();
  }

  @Test
  void aSentenceWithinTheLimitIsOnePiece() {
    List<CoreLabel> tokens = words(250, Set.of());
    List<List<CoreLabel>> pieces = splitter(250).pieces(tokens);
    assertEquals(1, pieces.size());
    assertEquals(tokens, pieces.get(0));
  }

  @Test
  void withNoCommaTheSentenceIsCutAtTheLimit() {
    assertEquals(List.of(250, 250, 100), sizes(splitter(250).pieces(words(600, Set.of()))));
  }

  @Test
  void aPieceEndsAfterTheLastCommaInTheSecondHalfOfItsWindow() {
    assertEquals(List.of(201, 200, 199), sizes(splitter(250).pieces(words(600, Set.of(200, 400)))));
  }

  @Test
  void aCommaInTheFirstHalfOfTheWindowIsNotUsed() {
    assertEquals(List.of(250, 50), sizes(splitter(250).pieces(words(300, Set.of(50)))));
  }

  @Test
  void thePiecesAreSentencesWithTheirOwnOffsetsAndNumbers() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,splitlong");
    props.setProperty("customAnnotatorClass.splitlong", LongSentenceSplitter.class.getName());
    props.setProperty("splitlong.maxTokens", "4");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    String text = "Ani runs, Igor waits and the night goes on. The end.";
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<String> texts =
        sentences.stream().map(s -> s.get(CoreAnnotations.TextAnnotation.class)).toList();
    assertEquals(List.of("Ani runs,", "Igor waits and the", "night goes on.", "The end."), texts);
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      assertEquals(i, s.get(CoreAnnotations.SentenceIndexAnnotation.class));
      assertEquals(
          texts.get(i),
          text.substring(
              s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
      assertEquals(
          s.get(CoreAnnotations.TokenEndAnnotation.class)
              - s.get(CoreAnnotations.TokenBeginAnnotation.class),
          tokens.size());
      for (int t = 0; t < tokens.size(); t++) {
        assertEquals(t + 1, tokens.get(t).index());
        assertEquals(i, tokens.get(t).sentIndex());
      }
    }
    assertEquals(14, sentences.get(3).get(CoreAnnotations.TokenEndAnnotation.class));
    assertSame(
        document.get(CoreAnnotations.TokensAnnotation.class).get(13),
        sentences.get(3).get(CoreAnnotations.TokensAnnotation.class).get(2));
  }
}
