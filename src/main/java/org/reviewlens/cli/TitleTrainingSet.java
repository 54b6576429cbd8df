package org.reviewlens.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reviewlens.annotate.ReviewAnnotator;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.corpus.Names;
import org.reviewlens.evaluate.LabelledMention;
import org.reviewlens.extract.MentionKind;
import org.reviewlens.extract.ReviewExtractor;
import org.reviewlens.extract.title.TitleExample;
import org.reviewlens.extract.title.TitleModel;
import org.reviewlens.extract.title.TitleReading;

/**
 * The title occurrences of one film that the title model learns from.
 *
 * <p>Hand-labelled: each bare title occurrence that the film's gold counts, as the film or as a
 * name. Distant (labelled by facts, not by a hand count), from every film:
 *
 * <ul>
 *   <li>the title of a film named after no character, taken as if it were a character's name: each
 *       of its occurrences means the film;
 *   <li>each other character's most used name, taken as if it were the film's title: each of its
 *       occurrences is labelled as the gold counts it, which is nearly always the character.
 * </ul>
 *
 * The second kind shows the model how a character's name is used in every sentence position; the
 * first how a title is.
 */
final class TitleTrainingSet {
  private static final String TITLE_AS_A_NAME = "(the title)";

  private final String film;
  private final Cast cast;
  private final Film filmInfo;
  private final ReviewAnnotator.Result annotated;
  private final List<LabelledMention> gold;

  TitleTrainingSet(
      String film,
      Cast cast,
      Film filmInfo,
      ReviewAnnotator.Result annotated,
      List<LabelledMention> gold) {
    this.film = film;
    this.cast = cast;
    this.filmInfo = filmInfo;
    this.annotated = annotated;
    this.gold = gold;
  }

  /**
   * A film with a cast and no hand count, named after no character: its "gold" is what the tool
   * counts with the cast, which labels each character's names as the character (names 5.8% off with
   * a cast on the development films). Only {@link #distant()} is drawn from it.
   */
  static TitleTrainingSet withoutHandCount(
      String film, Cast cast, Film filmInfo, ReviewAnnotator.Result annotated) {
    ReviewExtractor extractor = new ReviewExtractor(cast, filmInfo);
    List<LabelledMention> counted = new ArrayList<>();
    for (int i = 0; i < annotated.reviews().size(); i++) {
      String reviewId = annotated.reviews().get(i).id();
      extractor
          .extract(annotated.reviews().get(i), annotated.annotations().get(i))
          .mentions()
          .stream()
          .map(
              m ->
                  new LabelledMention(
                      reviewId, m.charBegin(), m.charEnd(), m.surface(), m.character(), m.kind()))
          .forEach(counted::add);
    }
    return new TitleTrainingSet(film, cast, filmInfo, annotated, counted);
  }

  /** The occurrences its gold labels by hand. */
  List<TitleExample> handLabelled() {
    return labelled(new ReviewExtractor(cast, filmInfo, List.of(), TitleModel::builtIn));
  }

  /** The occurrences labelled by distant supervision. */
  List<TitleExample> distant() {
    List<TitleExample> examples = new ArrayList<>();
    String titleKey = Names.key(filmInfo.title());
    boolean namedAfterACharacter = cast.aliasKeys().contains(titleKey);
    if (!namedAfterACharacter) {
      List<Character> withTitle = new ArrayList<>(cast.characters());
      withTitle.add(
          new Character(TITLE_AS_A_NAME, List.of(filmInfo.title()), "", List.of(), Gender.UNKNOWN));
      ReviewExtractor extractor =
          new ReviewExtractor(new Cast(withTitle), filmInfo, List.of(), TitleModel::builtIn);
      all(extractor).forEach(e -> examples.add(e.withReading(TitleReading.FILM).asDistant()));
    }
    for (Character c : cast.characters()) {
      boolean titleCharacter = c.aliases().stream().anyMatch(a -> Names.key(a).equals(titleKey));
      if (titleCharacter) {
        continue;
      }
      mostUsedName(c)
          .ifPresent(
              name -> {
                Film pseudo =
                    new Film(
                        name,
                        filmInfo.year(),
                        filmInfo.director(),
                        filmInfo.directorAliases(),
                        filmInfo.directorGender());
                labelled(new ReviewExtractor(cast, pseudo, List.of(), TitleModel::builtIn))
                    .forEach(e -> examples.add(e.asDistant()));
              });
    }
    return examples;
  }

  /** The name the gold counts most often for the character, if it is counted twice or more. */
  private Optional<String> mostUsedName(Character c) {
    Map<String, String> aliasByKey =
        c.aliases().stream()
            .collect(Collectors.toMap(Names::key, Function.identity(), (a, b) -> a, TreeMap::new));
    Map<String, Long> counts =
        gold.stream()
            .filter(g -> g.kind() == MentionKind.NAME && g.character().equals(c.name()))
            .map(g -> Names.key(g.surface()))
            .filter(aliasByKey::containsKey)
            .collect(
                Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> aliasByKey.get(e.getKey()));
  }

  private List<TitleExample> all(ReviewExtractor extractor) {
    List<TitleExample> examples = new ArrayList<>();
    for (int i = 0; i < annotated.reviews().size(); i++) {
      examples.addAll(
          extractor.titleOccurrences(
              film, annotated.reviews().get(i), annotated.annotations().get(i)));
    }
    examples.sort(Comparator.comparing(TitleExample::reviewId).thenComparing(TitleExample::begin));
    return examples;
  }

  private List<TitleExample> labelled(ReviewExtractor extractor) {
    List<TitleExample> examples = new ArrayList<>();
    for (TitleExample e : all(extractor)) {
      label(e).ifPresent(examples::add);
    }
    return examples;
  }

  /** The occurrence with the gold's reading, if the gold counts it as the film or a name. */
  private Optional<TitleExample> label(TitleExample e) {
    return gold.stream()
        .filter(
            g ->
                g.reviewId().equals(e.reviewId())
                    && g.charBegin() < e.end()
                    && e.begin() < g.charEnd())
        .findFirst()
        .flatMap(
            g ->
                g.kind() == MentionKind.FILM_TITLE
                    ? Optional.of(TitleReading.FILM)
                    : g.kind() == MentionKind.NAME || g.kind() == MentionKind.SPEAKER_LABEL
                        ? Optional.of(TitleReading.CHARACTER)
                        : Optional.empty())
        .map(e::withReading);
  }
}
