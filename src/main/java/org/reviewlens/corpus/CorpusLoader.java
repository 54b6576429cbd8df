package org.reviewlens.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a corpus: a directory of {@code reviews/*.txt} with the optional {@code reviews.csv}, or
 * one {@code .csv} or {@code .jsonl} file of reviews; and its {@code cast.csv} and {@code
 * film.csv}.
 *
 * <p>Problems that make the whole corpus untrustworthy throw {@link InputException}. A single
 * unusable review file (empty, binary, too large, unreadable, not a regular file) is recorded as a
 * {@link SkippedReview} instead, so the rest can run.
 */
public final class CorpusLoader {
  static final Pattern REVIEW_ID = Pattern.compile("[A-Za-z0-9_-]+");
  static final List<String> REVIEW_COLUMNS =
      List.of("review_id", "reviewer", "outlet", "title", "published", "url");

  /**
   * The columns of cast.csv; the last two are cast_suggested.csv's own, read and ignored, so that a
   * suggested cast can be copied to cast.csv as it is.
   */
  static final List<String> CAST_COLUMNS =
      List.of("character", "aliases", "actor", "actor_aliases", "gender", "confidence", "evidence");

  private CorpusLoader() {}

  /**
   * Reads a {@code cast.csv} on its own, with every check of a corpus run, for tools that compare
   * against one (evaluate); the warnings go to {@code warnings}.
   */
  public static Cast readCast(Path csv, List<String> warnings) {
    return CastReader.read(csv, warnings)
        .orElseThrow(() -> new InputException(csv, "missing cast list"));
  }

  /** Reads a {@code film.csv} on its own, with every check of a corpus run. */
  public static Film readFilm(Path csv, List<String> warnings) {
    return FilmReader.read(csv, warnings);
  }

  /** Loads the corpus under {@code dir}, with its own cast.csv and film.csv. */
  public static Corpus load(Path dir) {
    return load(dir, Optional.empty(), Optional.empty());
  }

  /**
   * Loads a corpus: a folder ({@code reviews/*.txt} and the optional {@code reviews.csv}), or one
   * {@code .csv} or {@code .jsonl} file of reviews ({@link ReviewTable}). Its {@code cast.csv} and
   * {@code film.csv} are those given, or else those in the folder, or beside the file.
   */
  public static Corpus load(Path corpus, Optional<Path> castFile, Optional<Path> filmFile) {
    List<String> warnings = new ArrayList<>();
    List<Review> reviews = new ArrayList<>();
    List<SkippedReview> skipped = new ArrayList<>();
    Path beside;
    if (!Files.isDirectory(corpus) && ReviewTable.isTable(corpus)) {
      if (!Files.isRegularFile(corpus)) {
        throw new InputException(corpus, "missing corpus file");
      }
      readTable(corpus, reviews, skipped, warnings);
      beside = corpus.toAbsolutePath().getParent();
    } else {
      readFolder(corpus, reviews, skipped, warnings);
      beside = corpus;
    }
    Optional<Cast> cast = CastReader.read(castFile.orElse(beside.resolve("cast.csv")), warnings);
    Film film = FilmReader.read(filmFile.orElse(beside.resolve("film.csv")), warnings);
    return new Corpus(reviews, skipped, cast, film, warnings);
  }

  private static void readFolder(
      Path dir, List<Review> reviews, List<SkippedReview> skipped, List<String> warnings) {
    Path reviewsDir = dir.resolve("reviews");
    if (!Files.isDirectory(reviewsDir)) {
      throw new InputException(
          reviewsDir,
          "missing corpus directory (expected reviews/*.txt, or a .csv or .jsonl file of"
              + " reviews)");
    }
    Map<String, Path> files = ReviewFiles.list(reviewsDir);
    if (files.isEmpty()) {
      throw new InputException(reviewsDir, "empty corpus: no .txt review files");
    }
    Map<String, ReviewMetadata> metadata =
        readMetadata(dir.resolve("reviews.csv"), files, warnings);
    files.forEach(
        (id, file) -> {
          ReviewMetadata meta = metadata.get(id);
          if (meta == null) {
            warnings.add(file + ": no row in reviews.csv; the reviewer defaults to '" + id + "'");
            meta = ReviewMetadata.defaultFor(id);
          }
          DecodedText decoded = ReviewFiles.decode(file);
          decoded.warning().ifPresent(w -> warnings.add(file + ": " + w));
          add(id, meta, decoded, reviews, skipped);
        });
  }

  /** The rows of a review table, sorted by id as a folder's files are. */
  private static void readTable(
      Path file, List<Review> reviews, List<SkippedReview> skipped, List<String> warnings) {
    new TreeMap<>(ReviewTable.read(file, warnings))
        .forEach(
            (id, row) ->
                add(id, row.metadata(), TextDecoder.fromText(row.text()), reviews, skipped));
  }

  private static void add(
      String id,
      ReviewMetadata meta,
      DecodedText decoded,
      List<Review> reviews,
      List<SkippedReview> skipped) {
    if (decoded.problem().isPresent()) {
      skipped.add(new SkippedReview(id, meta, decoded.problem().get()));
    } else {
      reviews.add(new Review(id, decoded.text().orElseThrow(), meta));
    }
  }

  private static Map<String, ReviewMetadata> readMetadata(
      Path csv, Map<String, Path> files, List<String> warnings) {
    Map<String, ReviewMetadata> metadata = new LinkedHashMap<>();
    if (!Files.exists(csv)) {
      return metadata;
    }
    for (CSVRecord row : CsvFile.read(csv, List.of("review_id"), REVIEW_COLUMNS, warnings)) {
      String id = row.get("review_id");
      long line = CsvFile.lineOf(row);
      if (!REVIEW_ID.matcher(id).matches()) {
        throw new InputException(csv, line, "illegal review id '" + id + "'");
      }
      if (metadata.containsKey(id)) {
        throw new InputException(csv, line, "duplicate review id '" + id + "'");
      }
      if (!files.containsKey(id)) {
        throw new InputException(
            csv, line, "no text for review '" + id + "' (reviews/" + id + ".txt)");
      }
      String reviewer = field(row, "reviewer");
      metadata.put(
          id,
          new ReviewMetadata(
              reviewer.isEmpty() ? id : reviewer,
              field(row, "outlet"),
              field(row, "title"),
              field(row, "published"),
              field(row, "url")));
    }
    return metadata;
  }

  static String field(CSVRecord row, String column) {
    return row.isMapped(column) && row.isSet(column) ? row.get(column).trim() : "";
  }

  static List<String> splitAliases(String text) {
    return Arrays.stream(text.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
