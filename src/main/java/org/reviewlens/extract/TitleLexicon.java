package org.reviewlens.extract;

import java.util.Set;

/**
 * General English words that tell a work from a person, used by {@link TitleCue}. None of them is
 * about a plot: they are the nouns, verbs and adjectives any review uses of a film, or of a person.
 */
final class TitleLexicon {
  private TitleLexicon() {}

  /** Nouns for a film, its kinds, its parts and its life in the world. */
  static final Set<String> FILM_NOUNS =
      words(
          "film", "movie", "picture", "feature", "flick", "cinema", "drama", "comedy", "dramedy",
          "thriller", "biopic", "documentary", "masterpiece", "tragedy", "romance", "musical",
          "horror", "prequel", "sequel", "remake", "adaptation", "epic", "satire", "melodrama",
          "production", "release", "title", "premiere", "screening", "trailer", "poster",
          "soundtrack", "score", "screenplay", "script", "cast", "director", "runtime", "ending",
          "opening", "cinematography", "editing", "pacing", "plot", "premise", "narrative",
          "structure", "act", "scene", "sequence", "shot", "credit", "success", "hit", "flop",
          "budget", "review", "rating", "version", "franchise", "genre", "watch", "rewatch",
          "viewing", "oscar", "nomination", "award", "discourse", "hype", "marketing", "aspect",
          "runtime", "minute", "hour", "frame", "filmmaker", "filmmaking", "entry", "installment",
          "part", "chapter", "achievement", "triumph", "spectacle", "experience", "event",
          "effort", "marvel", "feat", "piece", "story", "tale", "addition", "must-watch", "vehicle",
          "offering", "outing", "trilogy", "series", "saga", "instalment", "debut", "classic", "gem", "disappointment",
          "mess", "failure", "showcase", "portrait", "study", "meditation", "examination");

  /**
   * Nouns for a person: the characters' kinds, kin and roles. Nouns formed with a person suffix
   * (-er, -or, -ist, -ess, -ian, -ant, -ent: "teenager", "physicist", "waitress") also count,
   * unless they are film nouns ("thriller").
   */
  static final Set<String> PERSON_NOUNS =
      words(
          "girl", "woman", "man", "boy", "teen", "kid", "child", "daughter", "son", "wife",
          "husband", "bride", "groom", "friend", "girlfriend", "boyfriend", "sister", "brother",
          "heroine", "hero", "protagonist", "lead", "narrator", "mom", "dad", "parent", "person",
          "individual", "figure", "loner", "outcast", "genius", "clown", "villain", "antihero",
          "mr.", "mrs.", "ms.", "miss", "dr.", "general", "professor", "princess", "prince", "queen",
          "king", "lady", "sir", "young", "poor", "little", "titular", "eponymous");

  /** Nouns a person has and a film does not: kin, body, mind and life. */
  static final Set<String> PERSON_POSSESSIONS =
      words(
          "father", "mother", "parent", "dad", "mom", "sister", "brother", "family", "friend",
          "boyfriend", "girlfriend", "husband", "wife", "lover", "child", "baby", "son", "daughter",
          "face", "eye", "voice", "body", "mind", "head", "hand", "hair", "smile", "laugh",
          "life", "childhood", "pregnancy", "home", "house", "room", "job", "dream", "desire",
          "fear", "feeling", "emotion", "personality", "behaviour", "behavior", "attitude",
          "decision", "choice", "mission", "quest", "journey", "relationship", "marriage",
          "affair", "death", "birth", "past", "secret", "name", "nickname", "wit", "charm",
          "innocence", "loneliness", "grief", "anger", "rage", "arc", "fate", "actions",
          "action", "motivation", "self", "gaze", "perspective", "eyes", "mental", "health", "laughter");

  /** Verbs whose subject is a person: speech, thought, feeling, the body, moving, meeting. */
  static final Set<String> PERSON_SUBJECT_VERBS =
      words(
          "say", "tell", "ask", "answer", "reply", "shout", "scream", "cry", "weep", "laugh",
          "smile", "sing", "dance", "decide", "realise", "realize", "learn", "discover", "want",
          "hope", "wish", "try", "attempt", "plan", "refuse", "agree", "love", "fear",
          "worry", "feel", "think", "believe", "know", "remember", "forget", "meet", "marry",
          "kiss", "date", "leave", "return", "arrive", "go", "come", "walk", "live", "sleep",
          "wake", "eat", "drink", "die", "kill", "fight", "lose", "struggle", "find", "help",
          "befriend", "confront", "flee", "escape", "hide", "seek", "search", "visit", "call",
          "read", "wear", "dress", "move", "travel", "drive", "sit", "stand", "talk", "speak",
          "whisper", "yell", "argue", "apologise", "apologize", "pray", "steal", "lie", "cheat",
          "suffer", "grow", "embark", "resolve", "choose", "enjoy", "need", "get", "give",
          "begin", "start", "keep", "become", "turn", "face", "deal", "cope", "wander", "work",
          "stay", "head", "pine", "stalk", "strike", "refuse", "insist", "admit", "confess",
          "promise", "wonder", "notice", "see", "hear", "watch", "look", "stare", "recognise",
          "recognize", "rush", "run", "join", "lead", "build", "set", "collect", "spend", "hate");

  /** Verbs whose subject is a work: it runs, premieres, stars, unfolds, earns, deserves. */
  static final Set<String> WORK_SUBJECT_VERBS =
      words(
          "premiere", "star", "feature", "boast", "chronicle", "depict", "explore", "examine",
          "tackle", "unfold", "progress", "clock", "drag", "sag", "falter", "deserve", "earn",
          "gross", "captivate", "entertain", "impress", "resonate", "transcend", "recount",
          "trace", "capture", "blend", "balance", "combine", "showcase", "dramatize",
          "dramatise", "portray", "revolve", "center", "centre", "focus", "succeed", "fail",
          "work", "manage", "benefit", "suffer", "open", "close", "end", "begin", "start",
          "shift", "offer", "deliver", "remind", "resemble", "mark", "receive", "win", "embrace",
          "force", "ask", "invite", "make", "take", "leave", "treat", "present", "set", "play",
          "move", "hold", "show", "tell", "follow");

  /** Verbs of watching, judging and making, whose object is a work. */
  static final Set<String> WORK_OBJECT_VERBS =
      words(
          "watch", "see", "rewatch", "review", "recommend", "enjoy", "love", "like", "hate",
          "dislike", "admire", "direct", "make", "produce", "release", "film", "shoot", "rate",
          "rank", "compare", "distribute", "screen", "premiere", "miss", "skip", "catch", "hear",
          "write", "adapt", "finish", "start", "call", "consider", "nominate", "stream", "rent",
          "buy", "edit", "score");

  /** Verbs whose object is a person: meeting, marrying, playing the role. */
  static final Set<String> PERSON_OBJECT_VERBS =
      words(
          "meet", "marry", "kiss", "hug", "kill", "murder", "hire", "fire", "help", "tell",
          "ask", "visit", "follow", "dump", "seduce", "save", "rescue", "protect", "betray",
          "abandon", "raise", "adopt", "convince", "persuade", "chase", "attack", "beat", "hit",
          "force", "push", "invite", "greet", "encourage", "teach", "warn", "threaten", "comfort",
          "play", "portray", "embody", "inhabit", "humiliate", "bully", "abuse", "pressure",
          "torment", "mock", "trust", "believe", "join", "accompany", "introduce", "meet",
          "befriend", "court", "woo", "date", "leave", "pity", "root", "feel", "understand");

  /** Adjectives said of a person, not of a film. */
  static final Set<String> PERSON_ADJECTIVES =
      words(
          "pregnant", "young", "old", "shy", "lonely", "alive", "dead", "married", "single",
          "angry", "afraid", "scared", "desperate", "determined", "sad", "unhappy", "jealous",
          "hungry", "tired", "sick", "ill", "naive", "innocent", "guilty", "aware", "unaware",
          "alone", "smart", "clever", "kind", "cruel", "mentally", "born", "sixteen", "pale",
          "drunk", "broke", "poor", "rich", "homeless", "unemployed", "willing", "eager", "able",
          "unable", "forced", "free", "convinced", "obsessed", "haunted", "eponymous");

  /** Adjectives said of a film, not of a person. */
  static final Set<String> FILM_ADJECTIVES =
      words(
          "overlong", "watchable", "unwatchable", "overrated", "underrated", "available",
          "cinematic", "well-made", "well-crafted", "well-written", "well-acted", "rated",
          "streaming", "nominated", "worth", "directed", "shot", "edited", "scripted", "paced",
          "inspired", "based", "set", "released", "written", "adapted", "produced");

  private static final Set<String> PERSON_SUFFIXES = Set.of("er", "or", "ist", "ess", "ian", "ant", "ent");

  /** A verb both persons and works do ("she opens the door", "the film opens") is no cue. */
  static boolean isPersonSubjectVerb(String lemma) {
    return PERSON_SUBJECT_VERBS.contains(lemma) && !WORK_SUBJECT_VERBS.contains(lemma);
  }

  static boolean isWorkSubjectVerb(String lemma) {
    return WORK_SUBJECT_VERBS.contains(lemma) && !PERSON_SUBJECT_VERBS.contains(lemma);
  }

  /** "I watched Juno" is the film, "Bateman meets Juno" the person; "loves" is neither. */
  static boolean isWorkObjectVerb(String lemma) {
    return WORK_OBJECT_VERBS.contains(lemma) && !PERSON_OBJECT_VERBS.contains(lemma);
  }

  static boolean isPersonObjectVerb(String lemma) {
    return PERSON_OBJECT_VERBS.contains(lemma) && !WORK_OBJECT_VERBS.contains(lemma);
  }

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Whether a noun lemma names a person: listed, or formed with a person suffix. */
  static boolean isPersonNoun(String lemma) {
    if (FILM_NOUNS.contains(lemma)) {
      return false;
    }
    return PERSON_NOUNS.contains(lemma)
        || (lemma.length() > 5 && PERSON_SUFFIXES.stream().anyMatch(lemma::endsWith));
  }
}
