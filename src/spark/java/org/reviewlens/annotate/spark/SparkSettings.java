package org.reviewlens.annotate.spark;

import java.io.File;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.reviewlens.annotate.AnnotationEngine.EngineException;

/**
 * The Spark settings of a run: safe defaults, then the user's {@code --conf} on top.
 *
 * <ul>
 *   <li>The driver listens on loopback, and the web UI is off.
 *   <li>Spark's scratch files go under the cache folder, not the system's temporary folder.
 *   <li>Executors get the driver's class path, so that a worker on this machine or on nodes with
 *       the same layout needs no Spark distribution and no copy of the models.
 *   <li>An executor has 3,500 MB, what one core's CoreNLP pipeline needs.
 * </ul>
 */
final class SparkSettings {
  static final String EXECUTOR_MEMORY = "3500m";

  /** How long to wait for a first executor before saying that no worker can serve the request. */
  static final String REGISTRATION_TIMEOUT = "reviewlens.spark.registrationTimeoutSeconds";

  private static final Pattern LOCAL_CLUSTER =
      Pattern.compile("local-cluster\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*]");

  private SparkSettings() {}

  /** The settings for this master and cache, with the user's pass-through settings last. */
  static SparkConf of(String master, Path cache, Map<String, String> userConf) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spark.app.name", "review-lens");
    settings.put("spark.master", master);
    settings.put("spark.ui.enabled", "false");
    settings.put("spark.driver.host", "127.0.0.1");
    settings.put("spark.driver.bindAddress", "127.0.0.1");
    settings.put("spark.local.dir", cache.resolve("spark-scratch").toString());
    settings.put("spark.executor.memory", EXECUTOR_MEMORY);
    settings.put("spark.executor.extraClassPath", classPath());
    settings.put("spark.executor.extraJavaOptions", "-XX:+UseParallelGC");
    settings.put("spark.executorEnv.SPARK_SCALA_VERSION", "2.13");
    settings.put(REGISTRATION_TIMEOUT, "180");
    settings.putAll(userConf);
    checkLocalCluster(settings);
    SparkConf conf = new SparkConf(false);
    settings.forEach(conf::set);
    return conf;
  }

  /**
   * The class path of this JVM's classes, every entry absolute, since executors start in their own
   * folders: the URLs of the class loader under {@code mvn exec:java}, {@code java.class.path}
   * otherwise.
   */
  static String classPath() {
    if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader urls
        && urls.getURLs().length > 0) {
      return Arrays.stream(urls.getURLs())
          .map(u -> new File(u.getPath()).getAbsolutePath())
          .collect(Collectors.joining(File.pathSeparator));
    }
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(entry -> new File(entry).getAbsolutePath())
        .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * A local cluster's workers are started by this JVM: check now that they can hold an executor,
   * and that they can launch one, rather than wait forever.
   */
  private static void checkLocalCluster(Map<String, String> settings) {
    Matcher m = LOCAL_CLUSTER.matcher(settings.get("spark.master"));
    if (!m.matches()) {
      return;
    }
    long workerMb = Long.parseLong(m.group(3));
    long executorMb = megabytes(settings.get("spark.executor.memory"));
    if (executorMb > workerMb) {
      throw new EngineException(
          "no worker can run an executor: spark.executor.memory is "
              + executorMb
              + " MB, and a worker of "
              + settings.get("spark.master")
              + " has "
              + workerMb
              + " MB");
    }
    if (System.getenv("SPARK_HOME") == null) {
      throw new EngineException(
          "a local cluster's workers launch executors from $SPARK_HOME: set SPARK_HOME to a folder"
              + " with an empty jars/ folder in it (see docs/cluster.md)");
    }
  }

  static long megabytes(String memory) {
    String m = memory.trim().toLowerCase(java.util.Locale.ROOT);
    long n = Long.parseLong(m.replaceAll("[a-z]+$", ""));
    if (m.endsWith("g") || m.endsWith("gb")) {
      return n * 1024;
    }
    if (m.endsWith("k") || m.endsWith("kb")) {
      return n / 1024;
    }
    return n;
  }
}
