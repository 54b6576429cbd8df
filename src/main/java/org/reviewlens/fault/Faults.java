package org.reviewlens.fault;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault injection for the fault tests. Production code calls {@link #reach} at each {@link
 * FaultPoint}; nothing happens unless the JVM was started with
 *
 * <pre>
 * -Dreviewlens.fault=POINT[@K] -Dreviewlens.fault.action=pause|throw|oom|disk-full
 *     [-Dreviewlens.fault.marker=FILE]
 * </pre>
 *
 * in which case the K-th arrival at POINT (default 1) fires the action. Reading two system
 * properties costs nothing next to the work around each point.
 */
public final class Faults {
  public static final String POINT_PROPERTY = "reviewlens.fault";
  public static final String ACTION_PROPERTY = "reviewlens.fault.action";
  public static final String MARKER_PROPERTY = "reviewlens.fault.marker";

  private static final Map<FaultPoint, AtomicInteger> ARRIVALS = new EnumMap<>(FaultPoint.class);
  private static String armedSpec;

  private Faults() {}

  /** Fires the armed fault if this is its arrival; otherwise returns at once. */
  public static void reach(FaultPoint point) {
    String spec = System.getProperty(POINT_PROPERTY);
    if (spec == null || !spec.startsWith(point.label())) {
      return;
    }
    String[] parts = spec.split("@", 2);
    if (!parts[0].equals(point.label())) {
      return;
    }
    int k = parts.length == 2 ? Integer.parseInt(parts[1]) : 1;
    if (arrival(spec, point) == k) {
      FaultAction.parse(System.getProperty(ACTION_PROPERTY, "throw"))
          .fire(point, System.getProperty(MARKER_PROPERTY));
    }
  }

  /** Forgets the arrivals counted so far; for tests that arm the same fault twice in one JVM. */
  public static synchronized void reset() {
    ARRIVALS.clear();
    armedSpec = null;
  }

  /**
   * Counts arrivals afresh whenever the armed fault changes, so tests in one JVM do not interfere.
   */
  private static synchronized int arrival(String spec, FaultPoint point) {
    if (!spec.equals(armedSpec)) {
      ARRIVALS.clear();
      armedSpec = spec;
    }
    return ARRIVALS.computeIfAbsent(point, p -> new AtomicInteger()).incrementAndGet();
  }
}
