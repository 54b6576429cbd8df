package org.reviewlens.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The review files of {@code reviews/}, and their text.
 *
 * <p>Only a name is fatal: an illegal one makes the review impossible to name in the outputs. A
 * file that cannot be read (a dangling link, a named pipe, no permission) is one unusable review,
 * so it becomes a {@link DecodedText#problem()} that says why, and the rest of the corpus runs.
 * Nothing but a regular file is ever opened: opening a named pipe waits for a writer, for ever.
 */
final class ReviewFiles {
  private ReviewFiles() {}

  /**
   * Every {@code .txt} file of {@code reviewsDir} by review id, sorted. Folders are left out, and
   * so are dot-files (macOS's {@code ._x.txt}, a {@code .hidden.txt}), which the system hides.
   */
  static Map<String, Path> list(Path reviewsDir) {
    Map<String, Path> files = new TreeMap<>();
    try (Stream<Path> listing = Files.list(reviewsDir)) {
      for (Path file : listing.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".txt") || name.startsWith(".") || Files.isDirectory(file)) {
          continue;
        }
        String id = name.substring(0, name.length() - ".txt".length());
        if (!CorpusLoader.REVIEW_ID.matcher(id).matches()) {
          throw new InputException(
              file, "illegal review id '" + id + "': use only ASCII letters, digits, '-' and '_'");
        }
        files.put(id, file);
      }
    } catch (IOException e) {
      throw new InputException(reviewsDir, "cannot list: " + IoReason.of(e));
    }
    return files;
  }

  /** The file's text, or why the review cannot be used. */
  static DecodedText decode(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return DecodedText.unusable(unreachable(file, e));
    }
    if (!attributes.isRegularFile()) {
      return DecodedText.unusable(IoReason.NOT_REGULAR + "; not opened");
    }
    if (attributes.size() > TextDecoder.MAX_BYTES) {
      return TextDecoder.tooLarge(attributes.size());
    }
    try {
      return TextDecoder.decode(Files.readAllBytes(file));
    } catch (IOException e) {
      return DecodedText.unusable("cannot read: " + IoReason.of(e));
    }
  }

  private static String unreachable(Path file, IOException e) {
    if (!Files.isSymbolicLink(file)) {
      return "cannot read: " + IoReason.of(e);
    }
    if (e instanceof NoSuchFileException) {
      return "a symbolic link to a missing file (" + target(file) + ")";
    }
    return "a symbolic link that cannot be followed: " + IoReason.of(e);
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "unknown target";
    }
  }
}
