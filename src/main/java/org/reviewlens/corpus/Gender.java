package org.reviewlens.corpus;

import java.util.Locale;

/** A character's grammatical gender, used to check which pronouns can refer to them. */
public enum Gender {
  FEMALE,
  MALE,
  UNKNOWN;

  /** Reads {@code female}, {@code male}, {@code f}, {@code m} or blank (UNKNOWN), ignoring case. */
  public static Gender parse(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "female", "f", "woman" -> FEMALE;
      case "male", "m", "man" -> MALE;
      case "", "unknown", "other" -> UNKNOWN;
      default ->
          throw new IllegalArgumentException(
              "unknown gender '" + text + "' (use female, male or leave it empty)");
    };
  }
}
