package org.reviewlens.annotate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How CoreNLP annotates the reviews. Build one with {@link #builder()}; the defaults are the
 * measured choice documented in docs/annotation.md.
 *
 * @param parserModel the constituency parser; the shift-reduce model is 8-10x faster than the PCFG
 *     on these texts
 * @param corefAlgorithm CoreNLP's {@code coref.algorithm}
 * @param corefMaxMentionDistance how many mentions back coreference looks for an antecedent that
 *     shares no words with the mention; the neural model scores every such pair, so this bounds
 *     coreference's cost
 * @param fineGrainedEntities whether NER also applies CoreNLP's fine-grained KBP gazetteers (CITY,
 *     COUNTRY, NATIONALITY, TITLE, ...). Off by default: no count uses those types, and the
 *     gazetteer matching took a quarter of all annotation time and 0.5 GB of heap
 *     (bench/PROFILE.md)
 * @param parseMaxLength sentences longer than this many tokens are not parsed (they get a flat
 *     tree), so that a run-on sentence neither hangs the parser nor exhausts the heap
 * @param sentenceMaxTokens a sentence longer than this is cut into pieces ({@link
 *     LongSentenceSplitter}), so that a text without full stops cannot stall coreference
 * @param threads how many reviews are annotated at once
 */
public record AnnotationSettings(
    String parserModel,
    String corefAlgorithm,
    int corefMaxMentionDistance,
    boolean fineGrainedEntities,
    int parseMaxLength,
    int sentenceMaxTokens,
    int threads)
    implements Serializable {

  public static final String SHIFT_REDUCE = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
  public static final String PCFG = "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz";

  /**
   * The annotators run on every review, in order; quotes run afterwards, one review at a time.
   * {@code splitlong} is the project's {@link LongSentenceSplitter}.
   */
  public static final String ANNOTATORS =
      "tokenize,ssplit," + LongSentenceSplitter.NAME + ",pos,lemma,ner,parse,sentiment,coref";

  /**
   * Curly apostrophes and quotes become ASCII in token words (the text and offsets are untouched):
   * the sentiment model was trained on ASCII text and reads "’s" as an unknown word, which turned
   * "Mikey Madison’s performance is a revelation." from positive to negative.
   */
  static final String TOKENIZE_OPTIONS = "quotes=ascii";

  /**
   * Each line of a review file is a paragraph or a heading, so a line break always ends a sentence.
   */
  static final String NEWLINE_IS_SENTENCE_BREAK = "always";

  /**
   * Bumped whenever {@link AnnotationConverter} changes what it makes of the same CoreNLP output,
   * to invalidate the cache. A change to the records themselves needs no bump: their {@link
   * RecordShape} is part of the fingerprint.
   */
  static final int CONVERSION_VERSION = 2;

  public AnnotationSettings {
    if (sentenceMaxTokens < parseMaxLength) {
      throw new IllegalArgumentException("sentenceMaxTokens must be at least parseMaxLength");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Everything that decides what the cache holds for a text: the CoreNLP version, every property
   * that the two pipelines are built with (read from the same methods that build them, so that no
   * second list can drift), the shape of the cached records and the conversion's version. The
   * thread count is not a property: it changes speed, not results.
   */
  public String fingerprint() {
    return String.join(
        "|",
        "corenlp=" + BuildInfo.coreNlpVersion(),
        "records=" + RecordShape.of(AnnotatedReview.class).hash(),
        "conversion=" + CONVERSION_VERSION,
        "main{" + sorted(mainProperties()) + "}",
        "quote{" + sorted(quoteProperties()) + "}");
  }

  private static String sorted(Properties props) {
    return String.join(
        ",",
        new TreeMap<>(props)
            .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }

  /** CoreNLP properties for the main pipeline. */
  Properties mainProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty(
        "customAnnotatorClass." + LongSentenceSplitter.NAME, LongSentenceSplitter.class.getName());
    props.setProperty(
        LongSentenceSplitter.NAME + ".maxTokens", Integer.toString(sentenceMaxTokens));
    props.setProperty("parse.model", parserModel);
    props.setProperty("parse.maxlen", Integer.toString(parseMaxLength));
    props.setProperty("pos.maxlen", Integer.toString(parseMaxLength * 2));
    props.setProperty("coref.algorithm", corefAlgorithm);
    props.setProperty("coref.maxMentionDistance", Integer.toString(corefMaxMentionDistance));
    props.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedEntities));
    props.setProperty("ssplit.newlineIsSentenceBreak", NEWLINE_IS_SENTENCE_BREAK);
    props.setProperty("tokenize.options", TOKENIZE_OPTIONS);
    return props;
  }

  /**
   * Properties that load the annotators in independent groups, slowest first, for loading side by
   * side. Each group has exactly the main pipeline's properties but its own annotator list.
   */
  List<Properties> preloadGroups() {
    List<Properties> groups = new ArrayList<>();
    for (String annotators :
        List.of(
            "coref",
            "tokenize,ssplit," + LongSentenceSplitter.NAME + ",pos,lemma,ner",
            "parse,sentiment")) {
      Properties group = mainProperties();
      group.setProperty("annotators", annotators);
      group.setProperty("enforceRequirements", "false");
      groups.add(group);
    }
    groups.add(quoteProperties());
    return groups;
  }

  /** CoreNLP properties for the quote pipeline, which reuses the main pipeline's annotations. */
  Properties quoteProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "quote");
    props.setProperty("enforceRequirements", "false");
    props.setProperty("quote.attributeQuotes", "true");
    return props;
  }

  /** Builds {@link AnnotationSettings}; every setter returns the builder. */
  public static final class Builder {
    private String parserModel = SHIFT_REDUCE;
    private String corefAlgorithm = "fastneural";
    private int corefMaxMentionDistance = 25;
    private boolean fineGrainedEntities = false;
    private int parseMaxLength = 120;
    private int sentenceMaxTokens = 250;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    private Builder() {}

    public Builder parserModel(String value) {
      parserModel = value;
      return this;
    }

    public Builder corefAlgorithm(String value) {
      corefAlgorithm = value;
      return this;
    }

    public Builder corefMaxMentionDistance(int value) {
      corefMaxMentionDistance = value;
      return this;
    }

    public Builder fineGrainedEntities(boolean value) {
      fineGrainedEntities = value;
      return this;
    }

    public Builder parseMaxLength(int value) {
      parseMaxLength = value;
      return this;
    }

    public Builder sentenceMaxTokens(int value) {
      sentenceMaxTokens = value;
      return this;
    }

    public Builder threads(int value) {
      threads = value;
      return this;
    }

    public AnnotationSettings build() {
      return new AnnotationSettings(
          parserModel,
          corefAlgorithm,
          corefMaxMentionDistance,
          fineGrainedEntities,
          parseMaxLength,
          sentenceMaxTokens,
          threads);
    }
  }
}
