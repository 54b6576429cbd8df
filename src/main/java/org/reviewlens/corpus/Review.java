package org.reviewlens.corpus;

/**
 * One review, ready to annotate.
 *
 * @param id the file name without {@code .txt}
 * @param text the decoded text, without a byte-order mark; every character offset in the outputs
 *     indexes this string (UTF-16 code units, as Java's {@code String.substring})
 * @param metadata its row of {@code reviews.csv}, or defaults
 */
public record Review(String id, String text, ReviewMetadata metadata) {}
