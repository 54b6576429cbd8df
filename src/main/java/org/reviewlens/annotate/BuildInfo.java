package org.reviewlens.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions filled in by Maven at build time: the tool's own and CoreNLP's. */
public final class BuildInfo {
  private static final Properties BUILD = load();

  private BuildInfo() {}

  /** The CoreNLP version the tool was built against, part of every cache key. */
  public static String coreNlpVersion() {
    return BUILD.getProperty("corenlp.version", "unknown");
  }

  /** The tool's own version. */
  public static String toolVersion() {
    return BUILD.getProperty("tool.version", "unknown");
  }

  private static Properties load() {
    Properties props = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/reviewlens-build.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }
}
