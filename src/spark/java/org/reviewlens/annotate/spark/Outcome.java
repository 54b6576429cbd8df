package org.reviewlens.annotate.spark;

import java.io.Serializable;

/**
 * What an executor reports of one review: small, so that the driver can collect every one. The
 * annotations themselves stay in the cache entry under {@code key}.
 *
 * @param id the review id
 * @param key the cache key its annotations are stored under
 * @param failure why CoreNLP failed on it, or empty when it succeeded
 */
record Outcome(String id, String key, String failure) implements Serializable {
  boolean failed() {
    return !failure.isEmpty();
  }
}
