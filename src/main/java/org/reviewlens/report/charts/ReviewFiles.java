package org.reviewlens.report.charts;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A file name for each review, for the pages and data written per review: the review id's safe
 * characters, with a number where two ids would clash (also when they differ only in case, for file
 * systems that ignore it).
 */
final class ReviewFiles {
  private ReviewFiles() {}

  /** Each review id's file name, without an extension, in the order given. */
  static Map<String, String> of(List<String> reviewIds) {
    Map<String, String> names = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (String id : reviewIds) {
      String base = id.replaceAll("[^A-Za-z0-9._-]", "_");
      String name = base;
      for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "-" + n;
      }
      names.put(id, name);
    }
    return names;
  }
}
