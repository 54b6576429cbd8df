package org.reviewlens.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a folder is a mount point, which a run cannot rename ("Device or resource busy"). Linux
 * lists every mount, bind mounts of the same device included, in {@code /proc/self/mountinfo}; the
 * file stores of a folder and its parent differ only for mounts of another device, so they are the
 * fallback elsewhere. When neither can tell, the folder is taken for an ordinary one: the commit
 * would then fail safely, leaving the previous output in place.
 */
final class MountPoints {
  private static final Path MOUNTINFO = Path.of("/proc/self/mountinfo");

  /** mountinfo escapes a space, a tab, a newline and a backslash in a path as octal. */
  private static final Pattern OCTAL = Pattern.compile("\\\\([0-7]{3})");

  private MountPoints() {}

  /** Whether the folder at the real path {@code dir} is a mount point. */
  static boolean isMountPoint(Path dir) {
    try {
      List<String> lines = Files.readAllLines(MOUNTINFO, StandardCharsets.UTF_8);
      String wanted = dir.toString();
      return lines.stream().map(MountPoints::mountPoint).anyMatch(wanted::equals);
    } catch (IOException | RuntimeException e) {
      return differentFileStore(dir);
    }
  }

  /** The fifth field of a mountinfo line: where the mount is, unescaped. */
  static String mountPoint(String line) {
    String[] fields = line.split(" ");
    if (fields.length < 5) {
      return "";
    }
    Matcher m = OCTAL.matcher(fields[4]);
    StringBuilder unescaped = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          unescaped,
          Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 8))));
    }
    m.appendTail(unescaped);
    return unescaped.toString();
  }

  private static boolean differentFileStore(Path dir) {
    try {
      return !Files.getFileStore(dir).equals(Files.getFileStore(dir.getParent()));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
