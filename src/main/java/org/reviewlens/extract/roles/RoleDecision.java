package org.reviewlens.extract.roles;

/**
 * A sentence's role, the cue that decided it, and how strongly the critic judges in it.
 *
 * @param role what the critic is doing in the sentence
 * @param cue the rule and the word that fired it, e.g. "evaluative word: superb"
 * @param judgement the net strength of the sentence's judging words, negation applied: above 0 the
 *     critic praises, below 0 faults, 0 when the words balance or there are none
 */
public record RoleDecision(SentenceRole role, String cue, int judgement) {}
