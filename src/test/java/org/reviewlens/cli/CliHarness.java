package org.reviewlens.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs the command line in-process and captures what it prints to stderr. */
public final class CliHarness {
  public record Result(int exitCode, String stderr) {}

  private CliHarness() {}

  public static synchronized Result run(String... args) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      int code = ReviewLens.run(args);
      return new Result(code, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(original);
    }
  }

  /** Every file under dir with its bytes, to compare a directory before and after. */
  public static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(p).toString(),
            java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
      }
    }
    return files;
  }

  /** A minimal valid corpus under dir. */
  public static Path corpus(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("reviews"));
    Files.writeString(
        dir.resolve("reviews/good.txt"),
        "Ani meets Igor. She likes him a lot. The film is wonderful.\n");
    Files.writeString(
        dir.resolve("cast.csv"),
        "character,aliases,actor,actor_aliases,gender\n"
            + "Ani,Ani|Anora,Mikey Madison,Madison,female\n"
            + "Igor,Igor,Yura Borisov,Borisov,male\n");
    Files.writeString(
        dir.resolve("film.csv"),
        "title,year,director,director_aliases,director_gender\n"
            + "Anora,2024,Sean Baker,Sean Baker|Baker,male\n");
    return dir;
  }
}
