package org.reviewlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.reviewlens.annotate.CorefChain;
import org.reviewlens.corpus.Names;

/**
 * Decides whether each occurrence of the film's title, where it is also a character's name, means
 * the film or the character.
 *
 * <p>Each occurrence is read by the general cues of {@link TitleCue}, in order; the first cue that
 * reads it decides. An occurrence no cue reads follows the review's own habit: the reading most of
 * its cued occurrences took. Only in a review with no cued occurrence at all is coreference asked
 * ({@link TitleCue#COREFERENCE}): chains on a proper name are the least reliable cue, and on the
 * development set they overruled a clear habit more often than they helped. Failing that, a
 * reviewer who calls the character by another name at least as often as they write the title means
 * the film by it.
 */
final class TitleDisambiguator {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(TitleDisambiguator.class);
  private static final Pattern QUOTE_BEFORE = Pattern.compile("[“\"‘'«]\\s?$");
  private static final Pattern QUOTE_AFTER = Pattern.compile("^[,.!?]?[”\"’'»]");

  private final String titleKey;
  private final String titleCharacter;
  private final List<String> directorAliases;

  /**
   * @param title the film's title
   * @param titleCharacter the character who shares the title's name
   * @param directorAliases how reviewers name the director
   */
  TitleDisambiguator(String title, String titleCharacter, List<String> directorAliases) {
    this.titleKey = Names.key(title);
    this.titleCharacter = titleCharacter;
    this.directorAliases = directorAliases;
  }

  /**
   * The reading of each bare title occurrence, in the order given.
   *
   * @param spans every name span of the review, in text order
   * @param otherNames how often the review calls the title character by another name
   */
  List<TitleReading> decide(
      String text,
      List<NameSpan> titles,
      List<NameSpan> spans,
      DependencyParse parse,
      List<CorefChain> chains,
      long otherNames) {
    TitleOccurrence.NameStyle style = styleOf(text, spans);
    List<Optional<TitleReading>> cued = new ArrayList<>();
    List<TitleOccurrence> occurrences = new ArrayList<>();
    for (NameSpan title : titles) {
      TitleOccurrence o =
          new TitleOccurrence(
              text,
              title,
              spans,
              parse,
              parse.headOf(title.begin(), title.end()),
              chains,
              titleCharacter,
              directorAliases,
              style);
      cued.add(read(o));
      occurrences.add(o);
    }
    boolean anyCued = cued.stream().anyMatch(Optional::isPresent);
    TitleReading habit = habit(cued, otherNames, titles.size());
    List<TitleReading> readings = new ArrayList<>();
    for (int i = 0; i < cued.size(); i++) {
      TitleOccurrence o = occurrences.get(i);
      readings.add(
          cued.get(i)
              .orElseGet(() -> anyCued ? habit : TitleCue.COREFERENCE.read(o).orElse(habit)));
    }
    return readings;
  }

  /** The first cue's reading of one occurrence, if any cue before coreference reads it. */
  static Optional<TitleReading> read(TitleOccurrence o) {
    for (TitleCue cue : TitleCue.values()) {
      if (cue == TitleCue.COREFERENCE) {
        continue;
      }
      Optional<TitleReading> reading = cue.read(o);
      if (reading.isPresent()) {
        LOG.debug(
            "title at {} \"{}\": {} by {}", o.span().begin(), o.surface(), reading.get(), cue);
        return reading;
      }
    }
    LOG.debug(
        "title at {} \"{}\": no cue, the review's habit decides", o.span().begin(), o.surface());
    return Optional.empty();
  }

  private static TitleReading habit(
      List<Optional<TitleReading>> cued, long otherNames, int titles) {
    long film = cued.stream().filter(c -> c.equals(Optional.of(TitleReading.FILM))).count();
    long character =
        cued.stream().filter(c -> c.equals(Optional.of(TitleReading.CHARACTER))).count();
    if (film != character) {
      return film > character ? TitleReading.FILM : TitleReading.CHARACTER;
    }
    return otherNames > 0 && otherNames >= titles ? TitleReading.FILM : TitleReading.CHARACTER;
  }

  /** Whether the reviewer quotes, or writes in capitals, character names other than the title. */
  private TitleOccurrence.NameStyle styleOf(String text, List<NameSpan> spans) {
    boolean quotes = false;
    boolean capitals = false;
    for (NameSpan s : spans) {
      String surface = text.substring(s.begin(), s.end());
      if (!s.isCharacter() || isTitleSpelling(surface)) {
        continue;
      }
      quotes |=
          QUOTE_BEFORE.matcher(text.substring(Math.max(0, s.begin() - 2), s.begin())).find()
              && QUOTE_AFTER
                  .matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 2)))
                  .find();
      capitals |= surface.length() > 1 && surface.equals(surface.toUpperCase(Locale.ROOT));
    }
    return new TitleOccurrence.NameStyle(quotes, capitals);
  }

  private boolean isTitleSpelling(String surface) {
    return Names.key(surface).equals(titleKey);
  }
}
