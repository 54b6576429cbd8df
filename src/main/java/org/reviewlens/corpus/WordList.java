package org.reviewlens.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A word list kept as a resource file beside the class that reads it: one entry per line, lines
 * starting with {@code #} and blank lines skipped. Word lists are data, so they are changed without
 * touching code.
 */
public final class WordList {
  private WordList() {}

  /** The entries of the resource {@code name} next to {@code owner}, lower-cased and stripped. */
  public static List<String> lines(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word list missing from the classpath: " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader
          .lines()
          .map(l -> l.strip().toLowerCase(Locale.ROOT))
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list " + name, e);
    }
  }
}
