package org.reviewlens.annotate;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.ejml.simple.SimpleMatrix;

/** Copies what the tool needs out of a CoreNLP {@link Annotation} into plain records. */
final class AnnotationConverter {
  private static final List<Double> NEUTRAL = List.of(0.0, 0.0, 1.0, 0.0, 0.0);

  private AnnotationConverter() {}

  static AnnotatedReview convert(String reviewId, Annotation annotation) {
    CoreDocument document = new CoreDocument(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    return new AnnotatedReview(
        reviewId,
        tokens(sentences),
        sentences(sentences),
        entities(document),
        chains(annotation, sentences),
        quotes(document));
  }

  private static List<Token> tokens(List<CoreMap> sentences) {
    List<Token> tokens = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> words = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      SemanticGraph graph =
          sentences.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      int first = tokens.size();
      for (int i = 0; i < words.size(); i++) {
        CoreLabel t = words.get(i);
        Dependency dependency = dependencyOf(graph, i + 1, first);
        tokens.add(
            new Token(
                s,
                t.beginPosition(),
                t.endPosition(),
                t.word(),
                t.lemma(),
                t.tag(),
                nerOf(t),
                dependency.head(),
                dependency.relation()));
      }
    }
    return tokens;
  }

  private record Dependency(int head, String relation) {}

  /**
   * The head and relation of the token at 1-based {@code index}; {@code first} is the review-wide
   * index of the sentence's first token. A sentence too long to parse has no graph.
   */
  private static Dependency dependencyOf(SemanticGraph graph, int index, int first) {
    IndexedWord word = graph == null ? null : graph.getNodeByIndexSafe(index);
    if (word == null) {
      return new Dependency(Token.ROOT, "");
    }
    if (graph.getRoots().contains(word)) {
      return new Dependency(Token.ROOT, "root");
    }
    Iterator<SemanticGraphEdge> edges = graph.incomingEdgeIterable(word).iterator();
    if (!edges.hasNext()) {
      return new Dependency(Token.ROOT, "");
    }
    SemanticGraphEdge edge = edges.next();
    return new Dependency(first + edge.getGovernor().index() - 1, edge.getRelation().toString());
  }

  private static String nerOf(CoreLabel token) {
    return token.ner() == null ? "O" : token.ner();
  }

  private static List<SentenceAnnotation> sentences(List<CoreMap> sentences) {
    List<SentenceAnnotation> result = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      String label = sentence.get(SentimentCoreAnnotations.SentimentClass.class);
      result.add(
          new SentenceAnnotation(
              s,
              tokens.get(0).beginPosition(),
              tokens.get(tokens.size() - 1).endPosition(),
              label == null ? "Neutral" : label,
              probabilities(sentence)));
    }
    return result;
  }

  private static List<Double> probabilities(CoreMap sentence) {
    Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    SimpleMatrix predictions = tree == null ? null : RNNCoreAnnotations.getPredictions(tree);
    if (predictions == null || predictions.getNumElements() != 5) {
      return NEUTRAL;
    }
    List<Double> probabilities = new ArrayList<>(5);
    for (int i = 0; i < 5; i++) {
      probabilities.add(predictions.get(i));
    }
    return probabilities;
  }

  private static List<EntitySpan> entities(CoreDocument document) {
    List<EntitySpan> entities = new ArrayList<>();
    for (CoreEntityMention mention : document.entityMentions()) {
      entities.add(
          new EntitySpan(
              mention.coreMap().get(CoreAnnotations.SentenceIndexAnnotation.class),
              mention.charOffsets().first(),
              mention.charOffsets().second(),
              mention.text(),
              mention.entityType()));
    }
    entities.sort(
        Comparator.comparingInt(EntitySpan::charBegin).thenComparing(EntitySpan::charEnd));
    return entities;
  }

  private static List<CorefChain> chains(Annotation annotation, List<CoreMap> sentences) {
    Map<Integer, edu.stanford.nlp.coref.data.CorefChain> raw =
        annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    List<CorefChain> chains = new ArrayList<>();
    if (raw == null) {
      return chains;
    }
    for (edu.stanford.nlp.coref.data.CorefChain chain : raw.values()) {
      List<CorefMention> mentions = new ArrayList<>();
      for (edu.stanford.nlp.coref.data.CorefChain.CorefMention m :
          chain.getMentionsInTextualOrder()) {
        List<CoreLabel> tokens =
            sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
        mentions.add(
            new CorefMention(
                m.sentNum - 1,
                tokens.get(m.startIndex - 1).beginPosition(),
                tokens.get(m.endIndex - 2).endPosition(),
                m.mentionSpan,
                String.valueOf(m.mentionType),
                String.valueOf(m.gender)));
      }
      chains.add(new CorefChain(chain.getChainID(), mentions));
    }
    chains.sort(Comparator.comparingInt(c -> c.mentions().get(0).charBegin()));
    return chains;
  }

  private static List<QuoteSpan> quotes(CoreDocument document) {
    List<QuoteSpan> quotes = new ArrayList<>();
    List<CoreQuote> raw = document.quotes();
    if (raw == null) {
      return quotes;
    }
    for (CoreQuote quote : raw) {
      quotes.add(
          new QuoteSpan(
              quotes.size(),
              quote.quoteCharOffsets().first(),
              quote.quoteCharOffsets().second(),
              quote.text(),
              quote.speaker().orElse("")));
    }
    return quotes;
  }
}
