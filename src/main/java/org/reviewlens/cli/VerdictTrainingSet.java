package org.reviewlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reviewlens.analyse.verdict.VerdictExample;
import org.reviewlens.annotate.AnnotationCache;
import org.reviewlens.annotate.AnnotationSettings;
import org.reviewlens.annotate.CoreNlpPipeline;
import org.reviewlens.annotate.ReviewAnnotator;
import org.reviewlens.corpus.DecodedText;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.corpus.InputException;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.corpus.TextDecoder;
import org.reviewlens.evaluate.RatedReview;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.ReviewExtractor;
import org.reviewlens.extract.Sentence;
import org.reviewlens.extract.people.CastDiscovery;
import org.reviewlens.extract.people.PersonModel;
import org.reviewlens.extract.people.SuggestedCast;
import org.reviewlens.extract.title.TitleModel;

/**
 * The rated reviews the verdict model learns from, each read as the main job reads a review of a
 * film without cast.csv: annotated (through the cache), its cast discovered, its sentences given
 * their roles. Each review is its own corpus, with only its film's title and year known.
 */
final class VerdictTrainingSet {
  private final Path texts;
  private final Path cache;

  /**
   * @param texts the folder of the reviews' texts, one {@code REVIEW_ID.txt} each
   * @param cache the annotation cache
   */
  VerdictTrainingSet(Path texts, Path cache) {
    this.texts = texts;
    this.cache = cache;
  }

  /** One example per rated review, in the order given. */
  List<VerdictExample> examples(List<RatedReview> rated) throws IOException {
    List<Review> reviews = new ArrayList<>();
    for (RatedReview r : rated) {
      reviews.add(new Review(r.reviewId(), text(r), ReviewMetadata.defaultFor(r.reviewId())));
    }
    ReviewAnnotator.Result annotated = annotate(reviews);
    if (!annotated.failed().isEmpty()) {
      throw new InputException(
          texts,
          "could not annotate "
              + annotated.failed().get(0).id()
              + ": "
              + annotated.failed().get(0).reason());
    }
    List<VerdictExample> examples = new ArrayList<>();
    for (int i = 0; i < rated.size(); i++) {
      RatedReview r = rated.get(i);
      ExtractedReview review = extract(film(r), annotated, i);
      List<Sentence> voice = review.sentences().stream().filter(s -> !s.dialogue()).toList();
      examples.add(new VerdictExample(r.reviewId(), r.film(), r.rating(), voice, review.words()));
    }
    return examples;
  }

  private String text(RatedReview r) throws IOException {
    Path file = texts.resolve(r.reviewId() + ".txt");
    if (!Files.isRegularFile(file)) {
      throw new InputException(file, "missing: the text of rated review " + r.reviewId());
    }
    DecodedText decoded = TextDecoder.decode(Files.readAllBytes(file));
    return decoded.text().orElseThrow(() -> new InputException(file, decoded.problem().get()));
  }

  private static Film film(RatedReview r) {
    int year = r.year().matches("\\d{4}") ? Integer.parseInt(r.year()) : 0;
    return new Film(r.film(), year, "", List.of(), Gender.UNKNOWN);
  }

  /** The review as the main job extracts it without cast.csv: with its discovered cast. */
  private static ExtractedReview extract(Film film, ReviewAnnotator.Result annotated, int i) {
    SuggestedCast suggested =
        new CastDiscovery(film, PersonModel::builtIn)
            .discover(List.of(annotated.reviews().get(i)), List.of(annotated.annotations().get(i)));
    return new ReviewExtractor(suggested.cast(), film, suggested.filmPeople(), TitleModel::builtIn)
        .extract(annotated.reviews().get(i), annotated.annotations().get(i));
  }

  private ReviewAnnotator.Result annotate(List<Review> reviews) {
    AnnotationSettings settings = AnnotationSettings.builder().build();
    return new ReviewAnnotator(
            () -> new CoreNlpPipeline(settings),
            Optional.of(new AnnotationCache(cache, settings)),
            false)
        .annotate(reviews);
  }
}
