package org.reviewlens.extract.title;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.reviewlens.annotate.CorefChain;
import org.reviewlens.corpus.Names;
import org.reviewlens.extract.DependencyParse;
import org.reviewlens.extract.NameSpan;

/**
 * Decides whether each occurrence of the film's title, where it is also a character's name, means
 * the film or the character.
 *
 * <p>A trained {@link TitleModel} decides, from the features {@link TitleContext} makes of each
 * occurrence: what each cue of {@link TitleCue} reads, the parse around it, its place and the
 * review's habit. The hand-ordered decision the model replaced, the first cue that reads an
 * occurrence and else the review's habit, stays as {@link #byCueOrder}, the baseline the model is
 * measured against.
 */
public final class TitleDisambiguator {
  private static final Pattern QUOTE_BEFORE = Pattern.compile("[“\"‘'«]\\s?$");
  private static final Pattern QUOTE_AFTER = Pattern.compile("^[,.!?]?[”\"’'»]");

  private final String titleKey;
  private final String titleCharacter;
  private final List<String> directorAliases;
  private final Supplier<TitleModel> model;

  /**
   * @param title the film's title
   * @param titleCharacter the character who shares the title's name
   * @param directorAliases how reviewers name the director
   * @param model the learned decision
   */
  public TitleDisambiguator(
      String title,
      String titleCharacter,
      List<String> directorAliases,
      Supplier<TitleModel> model) {
    this.titleKey = Names.key(title);
    this.titleCharacter = titleCharacter;
    this.directorAliases = directorAliases;
    this.model = model;
  }

  /**
   * The reading of each bare title occurrence, in the order given.
   *
   * @param spans every name span of the review, in text order
   * @param otherNames how often the review calls the title character by another name
   */
  public List<TitleReading> decide(
      String text,
      List<NameSpan> titles,
      List<NameSpan> spans,
      DependencyParse parse,
      List<CorefChain> chains,
      long otherNames) {
    TitleModel m = model.get();
    return contexts(text, titles, spans, parse, chains, otherNames).stream().map(m::read).toList();
  }

  /** The features of each bare title occurrence, in the order given. */
  public List<List<String>> contexts(
      String text,
      List<NameSpan> titles,
      List<NameSpan> spans,
      DependencyParse parse,
      List<CorefChain> chains,
      long otherNames) {
    return TitleContext.of(occurrences(text, titles, spans, parse, chains), otherNames);
  }

  /**
   * The hand-ordered decision the model replaced: the first cue that reads an occurrence; else the
   * reading most of the review's cued occurrences took; in a review with no cued occurrence,
   * coreference; failing that, the film if the review calls the character by another name at least
   * as often as it writes the title.
   */
  public List<TitleReading> byCueOrder(
      String text,
      List<NameSpan> titles,
      List<NameSpan> spans,
      DependencyParse parse,
      List<CorefChain> chains,
      long otherNames) {
    List<TitleOccurrence> occurrences = occurrences(text, titles, spans, parse, chains);
    List<Optional<TitleReading>> cued = occurrences.stream().map(TitleContext::firstCue).toList();
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

  private List<TitleOccurrence> occurrences(
      String text,
      List<NameSpan> titles,
      List<NameSpan> spans,
      DependencyParse parse,
      List<CorefChain> chains) {
    TitleOccurrence.NameStyle style = styleOf(text, spans);
    List<TitleOccurrence> occurrences = new ArrayList<>();
    for (NameSpan title : titles) {
      occurrences.add(
          new TitleOccurrence(
              text,
              title,
              spans,
              parse,
              parse.headOf(title.begin(), title.end()),
              chains,
              titleCharacter,
              directorAliases,
              style));
    }
    return occurrences;
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
