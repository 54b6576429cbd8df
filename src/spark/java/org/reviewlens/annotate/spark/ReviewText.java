package org.reviewlens.annotate.spark;

import java.io.Serializable;

/**
 * What an executor needs of a review: its id and text.
 *
 * @param id the review id
 * @param text the decoded text
 */
record ReviewText(String id, String text) implements Serializable {}
