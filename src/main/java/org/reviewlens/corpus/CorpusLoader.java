package org.reviewlens.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a corpus directory: {@code reviews/*.txt}, the optional {@code reviews.csv}, {@code
 * cast.csv} and {@code film.csv}.
 *
 * <p>Problems that make the whole corpus untrustworthy throw {@link InputException}. A single
 * unusable review file (empty, binary, too large, unreadable, not a regular file) is recorded as a
 * {@link SkippedReview} instead, so the rest can run.
 */
public final class CorpusLoader {
  static final Pattern REVIEW_ID = Pattern.compile("[A-Za-z0-9_-]+");
  static final List<String> REVIEW_COLUMNS =
      List.of("review_id", "reviewer", "outlet", "title", "published", "url");
  static final List<String> CAST_COLUMNS =
      List.of("character", "aliases", "actor", "actor_aliases", "gender");

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

  /** Loads the corpus under {@code dir}. */
  public static Corpus load(Path dir) {
    Path reviewsDir = dir.resolve("reviews");
    if (!Files.isDirectory(reviewsDir)) {
      throw new InputException(reviewsDir, "missing corpus directory (expected reviews/*.txt)");
    }
    Map<String, Path> files = ReviewFiles.list(reviewsDir);
    if (files.isEmpty()) {
      throw new InputException(reviewsDir, "empty corpus: no .txt review files");
    }
    List<String> warnings = new ArrayList<>();
    Map<String, ReviewMetadata> metadata =
        readMetadata(dir.resolve("reviews.csv"), files, warnings);
    List<Review> reviews = new ArrayList<>();
    List<SkippedReview> skipped = new ArrayList<>();
    files.forEach(
        (id, file) -> {
          ReviewMetadata meta = metadata.get(id);
          if (meta == null) {
            warnings.add(file + ": no row in reviews.csv; the reviewer defaults to '" + id + "'");
            meta = ReviewMetadata.defaultFor(id);
          }
          DecodedText decoded = ReviewFiles.decode(file);
          decoded.warning().ifPresent(w -> warnings.add(file + ": " + w));
          if (decoded.problem().isPresent()) {
            skipped.add(new SkippedReview(id, meta, decoded.problem().get()));
          } else {
            reviews.add(new Review(id, decoded.text().orElseThrow(), meta));
          }
        });
    Optional<Cast> cast = CastReader.read(dir.resolve("cast.csv"), warnings);
    return new Corpus(
        reviews, skipped, cast, FilmReader.read(dir.resolve("film.csv"), warnings), warnings);
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
