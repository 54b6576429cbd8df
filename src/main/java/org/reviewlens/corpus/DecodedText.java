package org.reviewlens.corpus;

import java.util.Optional;

/**
 * The outcome of decoding a review file.
 *
 * @param text the decoded text, or empty when the file is unusable
 * @param warning a note for the run report, e.g. that the file was read as Windows-1252
 * @param problem why the file cannot be used, e.g. that it is binary
 */
public record DecodedText(
    Optional<String> text, Optional<String> warning, Optional<String> problem) {

  static DecodedText ok(String text) {
    return new DecodedText(Optional.of(text), Optional.empty(), Optional.empty());
  }

  static DecodedText withWarning(String text, String warning) {
    return new DecodedText(Optional.of(text), Optional.of(warning), Optional.empty());
  }

  static DecodedText unusable(String problem) {
    return new DecodedText(Optional.empty(), Optional.empty(), Optional.of(problem));
  }
}
