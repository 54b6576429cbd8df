package org.reviewlens.extract.people;

import static org.reviewlens.extract.people.EvidenceCues.AS_A_ROLE;
import static org.reviewlens.extract.people.EvidenceCues.BYLINE;
import static org.reviewlens.extract.people.EvidenceCues.CRAFT_AFTER;
import static org.reviewlens.extract.people.EvidenceCues.CREDITS;
import static org.reviewlens.extract.people.EvidenceCues.CREDIT_AFTER_A_ROLE;
import static org.reviewlens.extract.people.EvidenceCues.IN_ANOTHER_WORK;
import static org.reviewlens.extract.people.EvidenceCues.LABEL;
import static org.reviewlens.extract.people.EvidenceCues.PERFORMANCE_AFTER;
import static org.reviewlens.extract.people.EvidenceCues.ROLE_BEFORE;
import static org.reviewlens.extract.people.EvidenceCues.WORK_AFTER;
import static org.reviewlens.extract.people.EvidenceCues.WORK_BEFORE;
import static org.reviewlens.extract.people.NamePatterns.cleanName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Names;
import org.reviewlens.corpus.Review;
import org.reviewlens.extract.people.EvidenceCues.Credit;

/**
 * What the reviews say of each name cluster: that it is a real person, with a role, and on what
 * evidence (an actor credit, a role word, a byline, a work named after them, a possessive, the
 * director of film.csv, the surname habit), or that it is a character (credited to an actor, named
 * by the title, speaking a script line).
 */
final class PersonEvidence {
  /** What the evidence says of one cluster. */
  static final class Evidence {
    final List<String> character = new ArrayList<>();
    Person.Role role;
    String personEvidence = "";
    boolean strongPerson;
    String actorOf = "";
    String actorEvidence = "";

    /** Every character the actor is credited with, as written. */
    final Set<String> credited = new LinkedHashSet<>();
  }

  private final Film film;

  PersonEvidence(Film film) {
    this.film = film;
  }

  Map<String, Evidence> evidence(
      List<Review> reviews, NameClusters clusters, Optional<String> titleRoot) {
    Map<String, Evidence> evidence = new HashMap<>();
    titleRoot.ifPresent(t -> evidenceOf(evidence, t).character.add("the film's title names it"));
    for (Review r : reviews) {
      gather(r.text(), clusters, evidence);
    }
    return evidence;
  }

  static boolean isPerson(Evidence e) {
    if (e == null || e.role == null) {
      return false;
    }
    return e.strongPerson || e.character.isEmpty();
  }

  private static Evidence evidenceOf(Map<String, Evidence> evidence, String root) {
    return evidence.computeIfAbsent(root, r -> new Evidence());
  }

  /** The credits, role words, bylines, works and possessives of one review. */
  private void gather(String text, NameClusters clusters, Map<String, Evidence> evidence) {
    for (Credit credit : CREDITS) {
      Matcher m = credit.pattern().matcher(text);
      while (m.find()) {
        Optional<String> character =
            credit.character() == 1
                ? resolveEnd(m.group(1), clusters)
                : resolveStart(m.group(2), clusters);
        Optional<String> actor =
            credit.actor() == 1
                ? resolveEnd(m.group(1), clusters)
                : resolveStart(m.group(2), clusters);
        if (character.isEmpty()
            || actor.isEmpty()
            || character.get().equals(actor.get())
            || isDirector(actor.get(), clusters)) {
          continue;
        }
        boolean possessive = credit == CREDITS.get(CREDITS.size() - 1);
        if (possessive && !hasFullName(actor.get(), clusters)) {
          continue;
        }
        String quote = "“" + m.group() + "”";
        Evidence a = evidenceOf(evidence, clusters.root(actor.get()));
        a.role = Person.Role.ACTOR;
        a.strongPerson = true;
        a.personEvidence = "credited as an actor: " + quote;
        if (a.actorOf.isEmpty()) {
          a.actorOf = clusters.root(character.get());
          a.actorEvidence = quote;
        }
        a.credited.add(character.get());
        evidenceOf(evidence, clusters.root(character.get()))
            .character
            .add("credited to an actor: " + quote);
      }
    }
    mark(text, ROLE_BEFORE, 2, clusters, evidence, true, null, "named after a role word");
    mark(text, BYLINE, 1, clusters, evidence, true, Person.Role.CRITIC, "a byline");
    mark(
        text,
        WORK_AFTER,
        1,
        clusters,
        evidence,
        true,
        Person.Role.OTHER,
        "a work is named after them");
    mark(
        text,
        WORK_BEFORE,
        1,
        clusters,
        evidence,
        true,
        Person.Role.OTHER,
        "a work is named after them");
    mark(
        text,
        CREDIT_AFTER_A_ROLE,
        1,
        clusters,
        evidence,
        true,
        Person.Role.ACTOR,
        "credited in parentheses");
    mark(text, AS_A_ROLE, 1, clusters, evidence, false, Person.Role.ACTOR, "cast in a role");
    Matcher other = IN_ANOTHER_WORK.matcher(text);
    while (other.find()) {
      if (!Names.key(other.group(2)).equals(Names.key(film.title()))
          && !clusters.known(other.group(2))) {
        resolveEnd(other.group(1), clusters)
            .ifPresent(
                who -> {
                  Evidence e = evidenceOf(evidence, clusters.root(who));
                  if (e.role == null) {
                    e.role = Person.Role.OTHER;
                    e.personEvidence = "named in another work: “" + other.group() + "”";
                  }
                });
      }
    }
    mark(
        text,
        PERFORMANCE_AFTER,
        1,
        clusters,
        evidence,
        false,
        Person.Role.ACTOR,
        "named with a performance");
    mark(text, CRAFT_AFTER, 1, clusters, evidence, false, Person.Role.CREW, "named with a craft");
    Matcher label = LABEL.matcher(text);
    while (label.find()) {
      clusters
          .clusterOf(label.group(1))
          .ifPresent(r -> evidenceOf(evidence, r).character.add("speaks a script line"));
    }
  }

  private static void mark(
      String text,
      Pattern cue,
      int group,
      NameClusters clusters,
      Map<String, Evidence> evidence,
      boolean strong,
      Person.Role role,
      String why) {
    Matcher m = cue.matcher(text);
    while (m.find()) {
      Optional<String> who =
          group == 1 && cue != BYLINE && cue != CREDIT_AFTER_A_ROLE
              ? resolveEnd(m.group(group), clusters)
              : resolveStart(m.group(group), clusters);
      if (who.isEmpty()) {
        continue;
      }
      Evidence e = evidenceOf(evidence, clusters.root(who.get()));
      if (e.strongPerson && !strong) {
        continue;
      }
      if (e.role == null || (strong && !e.strongPerson)) {
        e.role = role != null ? role : roleOfWord(m.group(1));
        e.personEvidence = why + ": “" + m.group() + "”";
      }
      e.strongPerson |= strong;
    }
  }

  private static Person.Role roleOfWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("critic") || w.equals("reviewer") ? Person.Role.CRITIC : Person.Role.CREW;
  }

  void markDirector(NameClusters clusters, Map<String, Evidence> evidence) {
    Set<String> roots = new HashSet<>();
    Stream.concat(film.directorAliases().stream(), Stream.of(film.director()))
        .filter(name -> !name.isBlank())
        .forEach(name -> clusters.clusterOf(name).ifPresent(roots::add));
    for (String root : roots) {
      Evidence e = evidenceOf(evidence, root);
      e.role = Person.Role.DIRECTOR;
      e.strongPerson = true;
      e.personEvidence = "the director in film.csv";
    }
  }

  private boolean isDirector(String key, NameClusters clusters) {
    String root = clusters.root(key);
    return film.directorAliases().stream()
        .anyMatch(a -> clusters.clusterOf(a).filter(root::equals).isPresent());
  }

  /**
   * Critics call real people by the surname and characters by the first name: a full name whose
   * surname is written alone at least twice and whose first name never is marks a real person.
   */
  static void markSurnameHabit(NameClusters clusters, Map<String, Evidence> evidence) {
    for (String key : clusters.keys()) {
      String[] words = clusters.spelling(key).split("\\s+");
      if (words.length < 2) {
        continue;
      }
      int surname = clusters.count(Names.key(words[words.length - 1]));
      int firstName = clusters.count(Names.key(words[0]));
      if (surname >= 2 && firstName == 0) {
        Evidence e = evidenceOf(evidence, clusters.root(key));
        if (e.role == null) {
          e.role = Person.Role.OTHER;
          e.personEvidence =
              "called by the surname alone (" + surname + " times), never by the first name";
        }
      }
    }
  }

  private static boolean hasFullName(String key, NameClusters clusters) {
    return clusters.spellings(clusters.root(key)).stream().anyMatch(s -> s.contains(" "));
  }

  /** The cluster of the longest known run of words at the end of a captured name. */
  static Optional<String> resolveEnd(String captured, NameClusters clusters) {
    String[] words = captured.strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      Optional<String> c =
          cleanName(String.join(" ", List.of(words).subList(i, words.length)))
              .flatMap(clusters::clusterOf);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  /**
   * The cluster of the longest known run of words at the start of a captured name. A possessive
   * first word ("Beethoven's Ninth") is the owner of something else, never the name itself.
   */
  static Optional<String> resolveStart(String captured, NameClusters clusters) {
    String[] words = captured.strip().split("\\s+");
    if (words[0].matches(".*['’]s?")) {
      return Optional.empty();
    }
    for (int j = words.length; j > 0; j--) {
      Optional<String> c =
          cleanName(String.join(" ", List.of(words).subList(0, j))).flatMap(clusters::clusterOf);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }
}
