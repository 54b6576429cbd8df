package org.reviewlens.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Names;
import org.reviewlens.extract.people.PersonExample;

/**
 * Labels discovered name clusters with a film's true cast: a cluster is a character when the
 * reviews write it more often as a character's alias than as an actor's or the director's name. A
 * spelling that is both (an actor who shares a first name with the character) counts for neither.
 */
final class PersonLabels {
  private final Set<String> characters = new HashSet<>();
  private final Set<String> people = new HashSet<>();

  private PersonLabels() {}

  static PersonLabels of(Cast cast, Film film) {
    PersonLabels labels = new PersonLabels();
    for (Character c : cast.characters()) {
      c.aliases().forEach(a -> labels.characters.add(Names.key(a)));
      labels.people.add(Names.key(c.actor()));
      c.actorAliases().forEach(a -> labels.people.add(Names.key(a)));
    }
    labels.people.add(Names.key(film.director()));
    film.directorAliases().forEach(a -> labels.people.add(Names.key(a)));
    labels.people.remove("");
    return labels;
  }

  List<PersonExample> label(List<PersonExample> clusters) {
    return clusters.stream().map(e -> e.withCharacter(isCharacter(e))).toList();
  }

  private boolean isCharacter(PersonExample e) {
    int character = 0;
    int person = 0;
    for (int i = 0; i < e.spellings().size(); i++) {
      String key = Names.key(e.spellings().get(i));
      boolean isCharacter = characters.contains(key);
      boolean isPerson = people.contains(key);
      if (isCharacter && !isPerson) {
        character += e.counts().get(i);
      } else if (isPerson && !isCharacter) {
        person += e.counts().get(i);
      }
    }
    return character > 0 && character >= person;
  }
}
