package org.reviewlens.integration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A small corpus of the project's own sentences for the fault tests: quick to annotate. */
final class FaultCorpus {
  private static final Map<String, String> TEXTS =
      Map.of(
          "alpha", "Ani meets Igor at the club. She likes him at once. The film is a delight.\n",
          "beta",
              "Igor drives Ani to the airport. He says very little. The ending is cruel and sad.\n",
          "gamma", "Mikey Madison plays Ani with wit. Her scenes with Igor are the best part.\n",
          "delta", "The second act drags. Igor waits in the car while Ani shouts at him.\n",
          "ALL", "Ani laughs at Igor. He smiles back, and the film warms up.\n");

  private FaultCorpus() {}

  /** A corpus under dir with the Anora cast and these reviews. */
  static Path write(Path dir, String... reviews) throws IOException {
    Files.createDirectories(dir.resolve("reviews"));
    Files.writeString(
        dir.resolve("cast.csv"),
        "character,aliases,actor,actor_aliases,gender\n"
            + "Ani,Ani|Anora,Mikey Madison,Madison,female\nIgor,Igor,Yura Borisov,Borisov,male\n");
    Files.writeString(
        dir.resolve("film.csv"),
        "title,year,director,director_aliases,director_gender\n"
            + "Anora,2024,Sean Baker,Sean Baker|Baker,male\n");
    add(dir, reviews);
    return dir;
  }

  /** Adds these reviews to the corpus. */
  static void add(Path dir, String... reviews) throws IOException {
    for (String id : reviews) {
      Files.writeString(dir.resolve("reviews").resolve(id + ".txt"), TEXTS.get(id));
    }
  }
}
