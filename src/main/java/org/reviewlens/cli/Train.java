package org.reviewlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
import org.reviewlens.evaluate.LabelledMention;
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
    description = {
      "Trains the two learned readings on films with a cast.csv and a hand count:",
      "the title decision (does a bare title mean the film or the character?) and",
      "the person decision (is a name the reviews use a character?). Prints Markdown:",
      "  --cross-validate: per fold, models trained on the other folds read the",
      "    fold's films; each film's accuracy beside the hand-ordered rules';",
      "  --title-model/--person-model: writes the model trained on every film given",
      "    (less --hold-out-fold) and the features it leans on most. Run with",
      "    review-lens --title-model FILE --person-model FILE."
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

  @ArgGroup(exclusive = false, multiplicity = "1..*")
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
          "Also learn from distant supervision: the title of each film named after no character"
              + " (the film), and each other character's most used name taken as a title (as the"
              + " gold counts it). With --cross-validate, shows the model with and without.")
  boolean distant;

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
    List<TitleExample> hand = titles.stream().filter(e -> !e.distant()).toList();
    System.out.printf(
        Locale.ROOT,
        "%d hand-labelled title occurrences in %d films (%d of them the film); %d distant ones"
            + " (%d the film). %d discovered name clusters (%d of them characters).%n%n",
        hand.size(),
        folds.size(),
        hand.stream().filter(e -> e.reading() == TitleReading.FILM).count(),
        titles.size() - hand.size(),
        titles.stream().filter(e -> e.distant() && e.reading() == TitleReading.FILM).count(),
        people.size(),
        people.stream().filter(PersonExample::character).count());
    if (crossValidate) {
      TrainingReport.printTitles(
          TitleCrossValidator.run(hand, folds),
          distant ? TitleCrossValidator.run(titles, folds) : List.of());
      TrainingReport.printPeople(PersonCrossValidator.run(people, folds));
    }
    if (titleModel != null) {
      List<TitleExample> training = titles.stream().filter(e -> kept(folds, e.film())).toList();
      TitleModel trained = TitleModel.train(training);
      write(trained.bytes(), titleModel);
      TrainingReport.printWeights(
          "Wrote " + titleModel + ", trained on " + training.size() + " title occurrences.",
          "toward the film",
          trained.strongestFeatures(features));
    }
    if (personModel != null) {
      List<PersonExample> training = people.stream().filter(e -> kept(folds, e.film())).toList();
      PersonModel trained = PersonModel.train(training);
      write(trained.bytes(), personModel);
      TrainingReport.printWeights(
          "Wrote " + personModel + ", trained on " + training.size() + " name clusters.",
          "toward a character",
          trained.strongestFeatures(features));
    }
    return ReviewLens.OK;
  }

  private boolean kept(Map<String, Integer> folds, String film) {
    return holdOut == null || folds.get(film) != holdOut.intValue();
  }

  /**
   * The film's labelled title occurrences (by hand, and with --distant by distant supervision) and
   * its discovered name clusters, labelled by its cast.csv.
   */
  private void read(FilmGold film, List<TitleExample> titles, List<PersonExample> people) {
    Corpus corpus = CorpusLoader.load(film.corpus);
    if (corpus.cast().isEmpty()) {
      throw new InputException(
          film.corpus, "training needs the film's cast.csv, and this corpus has none");
    }
    List<LabelledMention> gold = MentionsFile.read(film.gold);
    AnnotationSettings settings = AnnotationSettings.builder().build();
    ReviewAnnotator.Result annotated =
        new ReviewAnnotator(
                () -> new CoreNlpPipeline(settings),
                Optional.of(new AnnotationCache(cache, settings)),
                false)
            .annotate(corpus.reviews());
    TitleTrainingSet set =
        new TitleTrainingSet(film.film(), corpus.cast().get(), corpus.film(), annotated, gold);
    titles.addAll(set.handLabelled());
    if (distant) {
      titles.addAll(set.distant());
    }
    people.addAll(
        PersonLabels.of(corpus.cast().get(), corpus.film())
            .label(
                new CastDiscovery(corpus.film(), PersonModel::builtIn)
                    .candidates(film.film(), annotated.reviews(), annotated.annotations())));
  }

  /** Writes through a temporary file beside the target, so a failed write leaves no half file. */
  private static void write(byte[] bytes, Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temp =
        absolute.resolveSibling(
            "." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    try {
      Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      Files.move(
          temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
