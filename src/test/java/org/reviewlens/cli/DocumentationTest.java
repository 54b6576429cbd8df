package org.reviewlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README and the pages of docs/ hold together: every relative link reaches a file (and its
 * heading, when it names one), every option they name is one the tool's --help lists, and the
 * README stays a front door.
 */
class DocumentationTest {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9-]*");

  /** Options of other programs the docs name, each with its program. */
  private static final Map<String, String> OTHER_PROGRAMS =
      Map.of(
          "--host", "Spark's worker and master (scripts/spark-standalone.sh)",
          "--memory", "Spark's worker",
          "--port", "Jupyter",
          "--no-browser", "Jupyter",
          "--clear-output", "jupyter nbconvert",
          "--inplace", "jupyter nbconvert");

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("devset/README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  @Test
  void everyRelativeLinkReachesAFileAndItsHeading() throws IOException {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : pages()) {
      Matcher m = LINK.matcher(Files.readString(page));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("(?i)(https?|mailto):.*")) {
          continue;
        }
        links++;
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
        Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(page + ": " + target + " (no such file)");
        } else if (!anchor.isEmpty()
            && resolved.toString().endsWith(".md")
            && !anchors(resolved).contains(anchor)) {
          broken.add(page + ": " + target + " (no such heading)");
        }
      }
    }
    assertEquals(List.of(), broken);
    assertTrue(links > 100, "links checked: " + links);
  }

  @Test
  void everyOptionTheDocsNameIsInTheHelp() throws IOException {
    Set<String> known = new HashSet<>();
    collect(new CommandLine(new ReviewLens()).getCommandSpec(), known);
    Set<String> unknown = new TreeSet<>();
    for (Path page : pages()) {
      if (page.startsWith("devset")) {
        continue;
      }
      Matcher m = OPTION.matcher(Files.readString(page));
      while (m.find()) {
        if (!known.contains(m.group()) && !OTHER_PROGRAMS.containsKey(m.group())) {
          unknown.add(page + ": " + m.group());
        }
      }
    }
    assertEquals(Set.of(), unknown);
    assertTrue(known.containsAll(List.of("--corpus", "--cast", "--film", "--gold", "--fold")));
  }

  @Test
  void theReadmeIsAFrontDoorOfAtMost20Kilobytes() throws IOException {
    long size = Files.size(Path.of("README.md"));
    assertTrue(size <= 20 * 1024, "README.md is " + size + " bytes");
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(readme.contains("./review-lens\n"), "the main job's command");
    assertTrue(readme.contains("./mvnw test\n"), "the tests' command");
  }

  private static void collect(CommandSpec spec, Set<String> names) {
    for (OptionSpec option : spec.options()) {
      names.addAll(List.of(option.names()));
    }
    spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), names));
  }

  /** GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces as hyphens. */
  private static Set<String> anchors(Path page) throws IOException {
    Set<String> anchors = new HashSet<>();
    for (String line : Files.readAllLines(page)) {
      if (line.startsWith("#")) {
        String heading = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
        anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
      }
    }
    return anchors;
  }
}
