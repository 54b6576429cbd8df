package org.reviewlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reviewlens.annotate.AnnotationCache;
import org.reviewlens.annotate.AnnotationSettings;
import org.reviewlens.annotate.CoreNlpPipeline;
import org.reviewlens.annotate.ReviewAnnotator;
import org.reviewlens.corpus.Corpus;
import org.reviewlens.corpus.CorpusLoader;
import org.reviewlens.corpus.InputException;
import org.reviewlens.evaluate.MentionsFile;
import org.reviewlens.extract.people.CastDiscovery;
import org.reviewlens.extract.people.PersonCrossValidator;
import org.reviewlens.extract.people.PersonExample;
import org.reviewlens.extract.people.PersonModel;
import org.reviewlens.extract.title.TitleCrossValidator;
import org.reviewlens.extract.title.TitleExample;
import org.reviewlens.extract.title.TitleModel;
import org.reviewlens.extract.title.TitleReading;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code review-lens train --corpus DIR --gold FILE ... --model FILE}: trains the title decision on
 * hand-labelled films, and cross-validates it film by film.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    subcommands = {TrainVerdict.class, TrainPolarity.class},
    description = {
      "Trains the two learned readings on films with a cast.csv and a hand count:",
      "the title decision (does a bare title mean the film or the character?) and",
      "the person decision (is a name the reviews use a character?). Prints Markdown:",
      "  --cross-validate: per fold, models trained on the other folds read the",
      "    fold's films; each film's accuracy beside the hand-ordered rules';",
      "  --title-model/--person-model: writes the model trained on every film given",
      "    (less --hold-out-fold) and the features it leans on most. Run with",
      "    review-lens --title-model FILE --person-model FILE.",
      "The verdict is trained apart, on rated reviews: review-lens train verdict."
    })
final class Train implements Callable<Integer> {

  /** One film: its corpus, with cast.csv, and its gold. */
  static final class FilmGold {
    @Option(
        names = "--corpus",
        required = true,
        paramLabel = "DIR",
        description = "A corpus folder with cast.csv.")
    Path corpus;

    @Option(
        names = "--gold",
        required = true,
        paramLabel = "FILE",
        description = "Hand-counted gold of its reviews, in the format of mentions.csv.")
    Path gold;

    @Option(
        names = "--fold",
        paramLabel = "N",
        description = "The film's fold, for --cross-validate and --hold-out-fold (default: 1).")
    int fold = 1;

    String film() {
      Path parent = gold.toAbsolutePath().getParent();
      return parent == null ? gold.toString() : parent.getFileName().toString();
    }
  }

  @ArgGroup(exclusive = false, multiplicity = "0..*")
  List<FilmGold> films = new ArrayList<>();

  @Option(
      names = "--title-model",
      paramLabel = "FILE",
      description = "Where to write the title model (does a bare title mean the film?).")
  Path titleModel;

  @Option(
      names = "--person-model",
      paramLabel = "FILE",
      description =
          "Where to write the person model (is a discovered name a character?), which reads a"
              + " corpus without cast.csv.")
  Path personModel;

  @Option(
      names = "--hold-out-fold",
      paramLabel = "N",
      description = "Leave this fold's films out of the model.")
  Integer holdOut;

  @Option(names = "--cross-validate", description = "Cross-validate by fold.")
  boolean crossValidate;

  @Option(
      names = "--distant",
      description =
          "Also learn the title decision from distant supervision: the title of each film named"
              + " after no character (the film), and each other character's most used name taken"
              + " as a title (as the gold counts it). With --cross-validate, shows the model with"
              + " and without. Measured: it does not help (docs/learned-readings.md).")
  boolean distant;

  @Option(
      names = "--distant-corpus",
      paramLabel = "DIR",
      description =
          "A corpus with cast.csv and no hand count, of a film named after no character: its"
              + " discovered names, labelled by cast.csv, train the person decision; with"
              + " --distant its title occurrences (the film) and its characters' names taken as"
              + " a title (as the tool counts them with the cast) train the title decision too."
              + " Never scored. Repeatable.")
  List<Path> distantCorpora = new ArrayList<>();

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Annotation cache directory (default: ${DEFAULT-VALUE}).")
  Path cache = Path.of(".cache", "annotations");

  @Option(
      names = "--features",
      paramLabel = "N",
      description = "How many of the model's strongest features to print (default: 15).")
  int features = 15;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (films.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "Give one --corpus and --gold per film, or run train verdict.");
    }
    if (titleModel == null && personModel == null && !crossValidate) {
      throw new ParameterException(
          spec.commandLine(), "Give --title-model, --person-model, --cross-validate or more.");
    }
    List<TitleExample> titles = new ArrayList<>();
    List<PersonExample> people = new ArrayList<>();
    Map<String, Integer> folds = new LinkedHashMap<>();
    for (FilmGold film : films) {
      if (folds.put(film.film(), film.fold) != null) {
        throw new ParameterException(spec.commandLine(), "film given twice: " + film.film());
      }
      read(film, titles, people);
    }
    for (Path corpus : distantCorpora) {
      readDistant(corpus, folds, titles, people);
    }
    List<TitleExample> hand = titles.stream().filter(e -> !e.distant()).toList();
    List<PersonExample> handPeople =
        people.stream().filter(e -> folds.containsKey(e.film())).toList();
    System.out.printf(
        Locale.ROOT,
        "%d hand-labelled title occurrences in %d films (%d of them the film); %d distant ones"
            + " (%d the film), %d of them from %d films without a hand count. %d discovered name"
            + " clusters (%d of them characters), %d of them from films without a hand count.%n%n",
        hand.size(),
        folds.size(),
        hand.stream().filter(e -> e.reading() == TitleReading.FILM).count(),
        titles.size() - hand.size(),
        titles.stream().filter(e -> e.distant() && e.reading() == TitleReading.FILM).count(),
        titles.stream().filter(e -> !folds.containsKey(e.film())).count(),
        distantCorpora.size(),
        people.size(),
        people.stream().filter(PersonExample::character).count(),
        people.size() - handPeople.size());
    if (crossValidate) {
      boolean withDistant = titles.size() > hand.size();
      TrainingReport.printTitles(
          TitleCrossValidator.run(hand, folds),
          withDistant ? TitleCrossValidator.run(titles, folds) : List.of());
      TrainingReport.printPeople(
          PersonCrossValidator.run(handPeople, folds),
          people.size() > handPeople.size() ? PersonCrossValidator.run(people, folds) : List.of());
    }
    if (titleModel != null) {
      List<TitleExample> training = titles.stream().filter(e -> kept(folds, e.film())).toList();
      TitleModel trained = TitleModel.train(training);
      ModelFiles.write(trained.bytes(), titleModel);
      TrainingReport.printWeights(
          "Wrote " + titleModel + ", trained on " + training.size() + " title occurrences.",
          "toward the film",
          trained.strongestFeatures(features));
    }
    if (personModel != null) {
      List<PersonExample> training = people.stream().filter(e -> kept(folds, e.film())).toList();
      PersonModel trained = PersonModel.train(training);
      ModelFiles.write(trained.bytes(), personModel);
      TrainingReport.printWeights(
          "Wrote " + personModel + ", trained on " + training.size() + " name clusters.",
          "toward a character",
          trained.strongestFeatures(features));
    }
    return ReviewLens.OK;
  }

  /** Whether a film trains the model written: every film but the held-out fold's. */
  private boolean kept(Map<String, Integer> folds, String film) {
    return holdOut == null || !holdOut.equals(folds.get(film));
  }

  /**
   * The film's labelled title occurrences (by hand, and with --distant by distant supervision) and
   * its discovered name clusters, labelled by its cast.csv.
   */
  private void read(FilmGold film, List<TitleExample> titles, List<PersonExample> people) {
    Corpus corpus = withCast(film.corpus);
    ReviewAnnotator.Result annotated = annotate(corpus);
    TitleTrainingSet set =
        new TitleTrainingSet(
            film.film(),
            corpus.cast().get(),
            corpus.film(),
            annotated,
            MentionsFile.read(film.gold));
    titles.addAll(set.handLabelled());
    if (distant) {
      titles.addAll(set.distant());
    }
    people.addAll(discoveredPeople(film.film(), corpus, annotated));
  }

  /** A film without a hand count: its distant title occurrences and labelled name clusters. */
  private void readDistant(
      Path folder,
      Map<String, Integer> folds,
      List<TitleExample> titles,
      List<PersonExample> people) {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    String film = name == null ? folder.toString() : name.toString();
    if (folds.containsKey(film)) {
      throw new ParameterException(
          spec.commandLine(), "film given both with and without a hand count: " + film);
    }
    Corpus corpus = withCast(folder);
    ReviewAnnotator.Result annotated = annotate(corpus);
    if (distant) {
      titles.addAll(
          TitleTrainingSet.withoutHandCount(film, corpus.cast().get(), corpus.film(), annotated)
              .distant());
    }
    people.addAll(discoveredPeople(film, corpus, annotated));
  }

  private static Corpus withCast(Path folder) {
    Corpus corpus = CorpusLoader.load(folder);
    if (corpus.cast().isEmpty()) {
      throw new InputException(
          folder, "training needs the film's cast.csv, and this corpus has none");
    }
    return corpus;
  }

  private ReviewAnnotator.Result annotate(Corpus corpus) {
    AnnotationSettings settings = AnnotationSettings.builder().build();
    return new ReviewAnnotator(
            () -> new CoreNlpPipeline(settings),
            Optional.of(new AnnotationCache(cache, settings)),
            false)
        .annotate(corpus.reviews());
  }

  /** The name clusters cast discovery finds in the film, labelled by its cast.csv. */
  private static List<PersonExample> discoveredPeople(
      String film, Corpus corpus, ReviewAnnotator.Result annotated) {
    return PersonLabels.of(corpus.cast().get(), corpus.film())
        .label(
            new CastDiscovery(corpus.film(), PersonModel::builtIn)
                .candidates(film, annotated.reviews(), annotated.annotations()));
  }
}
