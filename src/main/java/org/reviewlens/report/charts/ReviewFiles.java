package org.reviewlens.report.charts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A file name for each review, for the pages and data written per review: the review id's safe
 * characters, with a number where two ids would clash (also when they differ only in case, for file
 * systems that ignore it).
 *
 * <p>A review id may be as long as its file {@code <id>.txt} allows, 251 characters, so {@code
 * <id>.html} would pass the 255-byte limit of a file name. A name longer than {@link #LONGEST} is
 * cut to its first {@value #KEPT} characters, a hyphen and {@value #HASH_DIGITS} hex digits of the
 * id's SHA-256, which keeps it readable and tells long ids apart. Shorter ids keep their name.
 */
final class ReviewFiles {
  /** The characters of a long id that its file name keeps. */
  static final int KEPT = 100;

  /** The hex digits of the id's SHA-256 that end a cut name. */
  static final int HASH_DIGITS = 12;

  /** The longest name kept whole: as long as a cut name. */
  static final int LONGEST = KEPT + 1 + HASH_DIGITS;

  private ReviewFiles() {}

  /** Each review id's file name, without an extension, in the order given. */
  static Map<String, String> of(List<String> reviewIds) {
    Map<String, String> names = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (String id : reviewIds) {
      String base = shortened(id, id.replaceAll("[^A-Za-z0-9._-]", "_"));
      String name = base;
      for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "-" + n;
      }
      names.put(id, name);
    }
    return names;
  }

  /** The safe name of this id, cut when it is longer than {@link #LONGEST}. */
  private static String shortened(String id, String safe) {
    if (safe.length() <= LONGEST) {
      return safe;
    }
    return safe.substring(0, KEPT) + "-" + sha256(id).substring(0, HASH_DIGITS);
  }

  private static String sha256(String id) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(id.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
