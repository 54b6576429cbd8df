package org.reviewlens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.reviewlens.analyse.ToneOptions;
import org.reviewlens.analyse.verdict.VerdictModel;
import org.reviewlens.annotate.AnnotationEngine;
import org.reviewlens.annotate.AnnotationSettings;
import org.reviewlens.annotate.AnnotationTiming;
import org.reviewlens.annotate.BuildInfo;
import org.reviewlens.annotate.CoreNlpPipeline;
import org.reviewlens.corpus.InputException;
import org.reviewlens.report.CsvOptions;
import org.reviewlens.report.RunReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The command line: {@code review-lens [--corpus DIR] [--out DIR] ...}. */
@Command(
    name = "review-lens",
    mixinStandardHelpOptions = true,
    versionProvider = ReviewLens.Version.class,
    subcommands = {Evaluate.class, Train.class, Batch.class},
    description = {
      "Compares film reviews with Stanford CoreNLP: who each reviewer mentions, and in what"
          + " tone.",
      "  review-lens [run] [OPTIONS]   the main job (\"run\" may be left out)",
      "  review-lens evaluate ...      compare a run with a hand count",
      "  review-lens train ...         train the learned readings",
      "  review-lens batch PLAN        many runs in one JVM"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:a file that cannot be read or written, an engine that cannot run, or an internal"
          + " error (--verbose shows the stack trace)",
      "2:bad usage or input; a one-line reason names the file",
      "3:finished, but skipped one or more reviews (see run_report.txt)"
    })
public final class ReviewLens implements Callable<Integer> {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int BAD_INPUT = 2;
  static final int SKIPPED = 3;

  /** The main job's optional name: {@code review-lens run ...} is {@code review-lens ...}. */
  static final String RUN = "run";

  /** The console shows this many warnings; run_report.txt has them all. */
  static final int MAX_WARNINGS_SHOWN = 5;

  @Option(
      names = "--corpus",
      paramLabel = "PATH",
      description =
          "The reviews: a folder of reviews/*.txt, or one .csv or .jsonl file with a review per"
              + " row (review_id, text) (default: ${DEFAULT-VALUE}).")
  Path corpus = Path.of("corpus");

  @Option(
      names = "--cast",
      paramLabel = "FILE",
      description = "A cast.csv to use instead of the one in the corpus folder or beside the file.")
  Path castFile;

  @Option(
      names = "--film",
      paramLabel = "FILE",
      description = "A film.csv to use instead of the one in the corpus folder or beside the file.")
  Path filmFile;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("output");

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Reviews annotated at once (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Annotation cache directory (default: ${DEFAULT-VALUE}).")
  Path cache = Path.of(".cache", "annotations");

  @Option(
      names = "--no-cache",
      description = "Annotate every review afresh; read and write no cache.")
  boolean noCache;

  @Option(
      names = "--bins",
      paramLabel = "N",
      description = "Bins of a tone arc (default: ${DEFAULT-VALUE}).")
  int bins = 10;

  @Option(
      names = "--fine-entities",
      description =
          "Also tag fine-grained entity types in entities.csv (CITY, COUNTRY, NATIONALITY, TITLE,"
              + " ...) with CoreNLP's KBP gazetteers: about a third slower, 0.5 GB more heap.")
  boolean fineEntities;

  @Option(
      names = "--include-dialogue",
      description = "Count script-style dialogue lines (\"Ani: ...\") toward the reviewer's tone.")
  boolean includeDialogue;

  @Option(
      names = "--csv-plain",
      description =
          "Write plain UTF-8 CSVs for programs: no byte-order mark, no formula neutralising.")
  boolean csvPlain;

  @Option(names = "--no-progress", description = "Do not draw a progress bar.")
  boolean noProgress;

  @Option(
      names = "--engine",
      paramLabel = "NAME",
      description =
          "Where CoreNLP runs: local (this JVM) or spark (a Spark cluster; needs a build with"
              + " -Pspark). Default: ${DEFAULT-VALUE}.")
  String engine = "local";

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "With --engine spark: local[N], local-cluster[N,cores,MB] or spark://host:port"
              + " (default: ${DEFAULT-VALUE}).")
  String master = "local[*]";

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "With --engine spark: a Spark setting, passed through; repeatable.")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(
      names = "--title-model",
      paramLabel = "FILE",
      description =
          "Decide whether a bare title means the film or the character with this model, written"
              + " by review-lens train, instead of the built-in one.")
  Path titleModel;

  @Option(
      names = "--person-model",
      paramLabel = "FILE",
      description =
          "Without cast.csv, decide whether a discovered name is a character with this model,"
              + " written by review-lens train, instead of the built-in one.")
  Path personModel;

  @Option(
      names = "--verdict-model",
      paramLabel = "FILE",
      description =
          "Read the critic's verdict with this model, written by review-lens train verdict,"
              + " instead of the built-in one.")
  Path verdictModel;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show CoreNLP's log and stack traces.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    atLeastOne("--threads", threads == null ? 1 : threads);
    atLeastOne("--bins", bins);
    AnnotationSettings.Builder annotation =
        AnnotationSettings.builder().fineGrainedEntities(fineEntities);
    if (threads != null) {
      annotation.threads(threads);
    }
    RunOptions options =
        new RunOptions(
            corpus,
            out,
            noCache ? Optional.empty() : Optional.of(cache),
            annotation.build(),
            ToneOptions.builder()
                .bins(bins)
                .includeDialogue(includeDialogue)
                .verdict(verdictModel == null ? null : VerdictModel.read(verdictModel))
                .build(),
            CsvOptions.builder().spreadsheetSafe(!csvPlain).build(),
            !noProgress && onTerminal(),
            Optional.ofNullable(titleModel),
            Optional.ofNullable(personModel),
            Optional.ofNullable(castFile),
            Optional.ofNullable(filmFile));
    Supplier<AnnotationEngine> engineFactory = engine(options);
    Run.Outcome outcome = new Run(options, engineFactory).execute();
    RunReport report = outcome.report();
    AnnotationTiming timing = outcome.timing();
    System.err.printf(
        "Analysed %s (%d from cache) and %s in %.1f s.%n",
        count(report.reviews(), "review"),
        report.fromCache(),
        count(outcome.characters(), "character"),
        report.seconds());
    if (timing.reviews() > 0) {
      System.err.printf(
          "Annotated %s (%d tokens) in %.1f s = %.0f tokens/s; %s%n",
          count(timing.reviews(), "review"),
          timing.tokens(),
          timing.annotateSeconds(),
          timing.tokensPerSecond(),
          engine.equals("local")
              ? String.format(Locale.ROOT, "models loaded in %.1f s", timing.loadSeconds())
              : "on the " + engine + " engine, model loading included");
    }
    report.warnings().stream()
        .limit(MAX_WARNINGS_SHOWN)
        .forEach(w -> System.err.println("warning: " + w));
    if (report.warnings().size() > MAX_WARNINGS_SHOWN) {
      System.err.printf(
          "... and %d more warnings in %s%n",
          report.warnings().size() - MAX_WARNINGS_SHOWN, out.resolve("run_report.txt"));
    }
    report.skipped().forEach(s -> System.err.println("skipped " + s));
    System.err.println(
        "Open " + out.toAbsolutePath().normalize().resolve("index.html") + " in a browser.");
    return report.skipped().isEmpty() ? OK : SKIPPED;
  }

  /**
   * Whether the console is a terminal. A progress bar redraws itself with carriage returns, which a
   * log file or a pipe keeps as stray characters.
   */
  private static boolean onTerminal() {
    return System.console() != null;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * The engine that {@code --engine} names; its models load only when a review misses the cache.
   */
  private Supplier<AnnotationEngine> engine(RunOptions options) {
    if (engine.equals("local")) {
      return () -> new CoreNlpPipeline(options.annotation());
    }
    AnnotationEngine.Provider provider =
        ServiceLoader.load(AnnotationEngine.Provider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.name().equals(engine))
            .findFirst()
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "--engine "
                            + engine
                            + ": this build has no such engine (local"
                            + (engine.equals("spark")
                                ? "; build with mvn -Pspark for spark)"
                                : ")")));
    if (options.cache().isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "--engine "
              + engine
              + " cannot run with --no-cache: its workers write their results to the cache");
    }
    Path cacheDir = options.cache().get().toAbsolutePath();
    return () -> provider.create(options.annotation(), cacheDir, master, conf);
  }

  private void atLeastOne(String option, int value) {
    if (value < 1) {
      throw new ParameterException(
          spec.commandLine(), option + " must be at least 1, got " + value);
    }
  }

  /**
   * Runs the command and returns its exit code. Only an {@link InputException} is bad input (one
   * line, exit 2). A failure to read or write a file is the environment's (exit 1, with its
   * message). Anything else is a bug in the tool (exit 1); all of these say how to see the stack
   * trace.
   */
  static int run(String... args) {
    if (args.length > 0 && args[0].equals(RUN)) {
      args = Arrays.copyOfRange(args, 1, args.length);
    }
    CommandLine cli = new CommandLine(new ReviewLens());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          boolean verbose = cli.getCommand() instanceof ReviewLens root && root.verbose;
          if (e instanceof InputException) {
            System.err.println("error: " + e.getMessage());
            if (verbose) {
              e.printStackTrace();
            }
            return BAD_INPUT;
          }
          if (e instanceof IOException || e instanceof UncheckedIOException) {
            System.err.println("error: cannot read or write a file: " + e.getMessage());
          } else if (e instanceof AnnotationEngine.EngineException) {
            System.err.println(
                "error: the "
                    + ((ReviewLens) cli.getCommand()).engine
                    + " engine: "
                    + e.getMessage());
          } else {
            System.err.println("internal error: " + e);
          }
          if (verbose) {
            e.printStackTrace();
          } else {
            System.err.println("(run with --verbose for the stack trace)");
          }
          return INTERNAL_ERROR;
        });
    cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
    return cli.execute(args);
  }

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v")) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
      System.setProperty("org.slf4j.simpleLogger.log.org.reviewlens", "debug");
    }
    System.exit(run(args));
  }

  /** Supplies {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "review-lens "
            + BuildInfo.toolVersion()
            + " (Stanford CoreNLP "
            + BuildInfo.coreNlpVersion()
            + ")"
      };
    }
  }
}
