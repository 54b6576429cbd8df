package org.reviewlens.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A CoreNLP annotator, run right after {@code ssplit}, that cuts any sentence longer than {@code
 * splitlong.maxTokens} tokens into pieces of at most that many. A "sentence" of tens of thousands
 * of tokens (a review with no full stop) is not a sentence, and coreference's head finding is
 * quadratic in a sentence's length: a 200 KiB review in one sentence was still in its head finding
 * after 3.5 minutes, when it was stopped.
 *
 * <p>Each piece ends after the last comma, semicolon, colon or dash of its window when the window
 * has one in its second half, so that pieces tend to be clauses; otherwise it is cut at the limit.
 *
 * <p>Sentences within the limit are left exactly as {@code ssplit} made them.
 */
public final class LongSentenceSplitter implements Annotator {
  /** The name under which {@link AnnotationSettings} registers this annotator. */
  static final String NAME = "splitlong";

  private static final Set<String> CLAUSE_ENDS =
      Set.of(",", ";", ":", "--", "-", "\u2013", "\u2014");

  private final int maxTokens;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.splitlong}. */
  public LongSentenceSplitter(String name, Properties props) {
    this.maxTokens = Integer.parseInt(props.getProperty(name + ".maxTokens"));
  }

  @Override
  public void annotate(Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences.stream()
        .noneMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() > maxTokens)) {
      return;
    }
    String text = document.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> result = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<List<CoreLabel>> pieces = pieces(tokens);
      if (pieces.size() == 1) {
        renumber(sentence, result);
        result.add(sentence);
      } else {
        for (List<CoreLabel> piece : pieces) {
          result.add(sentence(text, piece, result));
        }
      }
    }
    document.set(CoreAnnotations.SentencesAnnotation.class, result);
  }

  /** The sentence's tokens in pieces of at most {@code maxTokens}. */
  List<List<CoreLabel>> pieces(List<CoreLabel> tokens) {
    List<List<CoreLabel>> pieces = new ArrayList<>();
    int start = 0;
    while (tokens.size() - start > maxTokens) {
      int end = start + maxTokens;
      for (int i = end - 1; i >= start + maxTokens / 2; i--) {
        if (CLAUSE_ENDS.contains(tokens.get(i).word())) {
          end = i + 1;
          break;
        }
      }
      pieces.add(tokens.subList(start, end));
      start = end;
    }
    pieces.add(tokens.subList(start, tokens.size()));
    return pieces;
  }

  /** A sentence as {@code ssplit} makes one, numbered after those already made. */
  private static CoreMap sentence(String text, List<CoreLabel> piece, List<CoreMap> before) {
    int begin = piece.get(0).beginPosition();
    int end = piece.get(piece.size() - 1).endPosition();
    Annotation sentence = new Annotation(text.substring(begin, end));
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    sentence.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(piece));
    int position = 1;
    for (CoreLabel token : piece) {
      token.setIndex(position++);
    }
    renumber(sentence, before);
    return sentence;
  }

  /** Gives a sentence its index and token span after those already made. */
  private static void renumber(CoreMap sentence, List<CoreMap> before) {
    int index = before.size();
    int firstToken =
        before.isEmpty() ? 0 : before.get(index - 1).get(CoreAnnotations.TokenEndAnnotation.class);
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + tokens.size());
    tokens.forEach(t -> t.setSentIndex(index));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }
}
