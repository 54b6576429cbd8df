import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a Java Flight Recorder file of one review-lens run into the tables of
 * bench/PROFILE.md. Run it as a single-file program: {@code java bench/JfrSummary.java run.jfr}.
 *
 * <p>Every execution sample is credited to one stage: the outermost CoreNLP annotator on its stack
 * (its constructor while the models load, its {@code annotate} afterwards), or the project's own
 * code (conversion, cache, extract, analyse, report). The run is cut into two windows: loading,
 * until the first sample inside an annotator's {@code annotate}, and annotating, from there to the
 * last one. GC pauses, allocation, CPU use and lock waits are reported per window.
 */
public final class JfrSummary {
  private record Window(String name, Instant from, Instant to) {
    boolean holds(Instant t) {
      return !t.isBefore(from) && t.isBefore(to);
    }

    double seconds() {
      return Duration.between(from, to).toMillis() / 1000.0;
    }
  }

  public static void main(String[] args) throws Exception {
    List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
    Instant first = Instant.MAX, last = Instant.MIN, annotateFrom = Instant.MAX, annotateTo = null;
    for (RecordedEvent e : events) {
      first = min(first, e.getStartTime());
      last = max(last, e.getEndTime());
      if (isSample(e) && stage(e.getStackTrace()).startsWith("annotate:")) {
        annotateFrom = min(annotateFrom, e.getStartTime());
        annotateTo = annotateTo == null ? e.getStartTime() : max(annotateTo, e.getStartTime());
      }
    }
    List<Window> windows =
        List.of(
            new Window("loading", first, annotateFrom),
            new Window("annotating", annotateFrom, annotateTo),
            new Window("whole run", first, last));
    System.out.printf(Locale.ROOT, "recording: %s, %.1f s%n%n", args[0], windows.get(2).seconds());
    stages(events, windows);
    threads(events, windows);
    locks(events, windows);
    memory(events, windows);
  }

  /**
   * CPU per thread kind (the name without its number), from the periodic thread CPU load: worker
   * time against what the JIT compiler and the loading pool take. GC threads are not Java threads
   * and do not appear; the GC table has their pauses.
   */
  private static void threads(List<RecordedEvent> events, List<Window> windows) {
    int cores =
        events.stream()
            .filter(e -> e.getEventType().getName().equals("jdk.CPUInformation"))
            .mapToInt(e -> e.getInt("hwThreads"))
            .findFirst()
            .orElse(Runtime.getRuntime().availableProcessors());
    System.out.println("## CPU by thread, in cores (mean over the window)");
    System.out.println("| window | thread | cores |");
    System.out.println("| --- | --- | ---: |");
    for (Window w : windows.subList(0, 2)) {
      Map<String, double[]> load = new TreeMap<>();
      for (RecordedEvent e : events) {
        if (e.getEventType().getName().equals("jdk.ThreadCPULoad") && w.holds(e.getStartTime())) {
          String name = e.getThread().getJavaName();
          String kind = name == null ? "?" : name.replaceAll("[-# ]*\\d+$", "");
          load.computeIfAbsent(kind, k -> new double[1])[0] +=
              e.getFloat("user") + e.getFloat("system");
        }
      }
      // Every thread reports once per period; the period count is the most reports of one thread.
      int n = Math.max(1, countPeriods(events, w));
      load.entrySet().stream()
          .filter(x -> x.getValue()[0] * cores / n >= 0.005)
          .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
          .forEach(
              x ->
                  System.out.printf(
                      Locale.ROOT, "| %s | %s | %.2f |%n", w.name(), x.getKey(), x.getValue()[0] * cores / n));
    }
    System.out.println();
  }

  private static int countPeriods(List<RecordedEvent> events, Window w) {
    Map<Long, Integer> perThread = new HashMap<>();
    for (RecordedEvent e : events) {
      if (e.getEventType().getName().equals("jdk.ThreadCPULoad") && w.holds(e.getStartTime())) {
        perThread.merge(e.getThread().getJavaThreadId(), 1, Integer::sum);
      }
    }
    return perThread.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  private static void stages(List<RecordedEvent> events, List<Window> windows) {
    for (Window w : windows.subList(0, 2)) {
      Map<String, Integer> samples = new TreeMap<>();
      int total = 0;
      for (RecordedEvent e : events) {
        if (isSample(e) && w.holds(e.getStartTime())) {
          samples.merge(stage(e.getStackTrace()), 1, Integer::sum);
          total++;
        }
      }
      System.out.printf(
          Locale.ROOT, "## CPU samples while %s (%.1f s, %d samples)%n", w.name(), w.seconds(), total);
      System.out.println("| stage | samples | share |");
      System.out.println("| --- | ---: | ---: |");
      int all = total;
      samples.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(
              s ->
                  System.out.printf(
                      Locale.ROOT,
                      "| %s | %d | %.1f%% |%n",
                      s.getKey(),
                      s.getValue(),
                      100.0 * s.getValue() / all));
      System.out.println();
    }
    inside(events, windows.get(1));
  }

  /**
   * For the three costliest annotators while annotating, the work they call: the innermost
   * pipeline frame and the first frame below it, by share of the annotator's samples.
   */
  private static void inside(List<RecordedEvent> events, Window w) {
    Map<String, Map<String, Integer>> byStage = new HashMap<>();
    for (RecordedEvent e : events) {
      if (isSample(e) && w.holds(e.getStartTime())) {
        String stage = stage(e.getStackTrace());
        if (stage.startsWith("annotate:")) {
          byStage
              .computeIfAbsent(stage, k -> new HashMap<>())
              .merge(detail(e.getStackTrace()), 1, Integer::sum);
        }
      }
    }
    System.out.println("## Inside the costliest annotators while annotating");
    System.out.println("| annotator | calls into | share of its samples |");
    System.out.println("| --- | --- | ---: |");
    byStage.entrySet().stream()
        .sorted((a, b) -> Integer.compare(total(b.getValue()), total(a.getValue())))
        .limit(3)
        .forEach(
            s -> {
              int all = total(s.getValue());
              s.getValue().entrySet().stream()
                  .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                  .limit(6)
                  .forEach(
                      d ->
                          System.out.printf(
                              Locale.ROOT,
                              "| %s | %s | %.1f%% |%n",
                              s.getKey().substring("annotate: ".length()),
                              d.getKey(),
                              100.0 * d.getValue() / all));
            });
    System.out.println();
  }

  private static int total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The innermost CoreNLP pipeline frame, and the first frame it calls outside the pipeline. */
  private static String detail(RecordedStackTrace stack) {
    List<RecordedFrame> frames = stack.getFrames();
    for (int i = 0; i < frames.size(); i++) {
      String type = frames.get(i).getMethod().getType().getName();
      if (type.startsWith("edu.stanford.nlp.pipeline.")) {
        String callee = i == 0 ? "(itself)" : name(frames.get(i - 1));
        return name(frames.get(i)) + " → " + callee;
      }
    }
    return "-";
  }

  private static String name(RecordedFrame f) {
    String type = f.getMethod().getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
  }

  private static void locks(List<RecordedEvent> events, List<Window> windows) {
    System.out.println("## Time blocked on a monitor or parked on a lock, by lock and where");
    System.out.println("| window | event | lock | where | waits | total s |");
    System.out.println("| --- | --- | --- | --- | ---: | ---: |");
    for (Window w : windows.subList(0, 2)) {
      Map<String, double[]> waits = new HashMap<>();
      for (RecordedEvent e : events) {
        String type = e.getEventType().getName();
        boolean monitor = type.equals("jdk.JavaMonitorEnter");
        boolean park = type.equals("jdk.ThreadPark");
        if ((monitor || park) && w.holds(e.getStartTime()) && !idleThread(e)) {
          String lock =
              monitor
                  ? className(e.getClass("monitorClass"))
                  : e.getClass("parkedClass") == null ? "-" : className(e.getClass("parkedClass"));
          String where = where(e);
          if (park && (lock.equals("java.util.concurrent.FutureTask") || where.equals("-"))) {
            continue; // a thread waiting for a result it asked for, or an idle pool thread
          }
          String key = (monitor ? "monitor" : "park") + " | " + lock + " | " + where;
          double[] v = waits.computeIfAbsent(key, k -> new double[2]);
          v[0]++;
          v[1] += e.getDuration().toNanos() / 1e9;
        }
      }
      waits.entrySet().stream()
          .sorted((a, b) -> Double.compare(b.getValue()[1], a.getValue()[1]))
          .limit(8)
          .forEach(
              x ->
                  System.out.printf(
                      Locale.ROOT,
                      "| %s | %s | %.0f | %.2f |%n",
                      w.name(),
                      x.getKey(),
                      x.getValue()[0],
                      x.getValue()[1]));
    }
    System.out.println();
  }

  private static void memory(List<RecordedEvent> events, List<Window> windows) {
    System.out.println("## GC, allocation and CPU");
    System.out.println(
        "| window | seconds | GCs | GC pause s | pause share | allocated GB | GB/s | JVM CPU (of 2 cores) |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Window w : windows) {
      int gcs = 0;
      double pause = 0, allocated = 0, cpu = 0;
      int cpuSamples = 0;
      for (RecordedEvent e : events) {
        if (!w.holds(e.getStartTime())) {
          continue;
        }
        switch (e.getEventType().getName()) {
          case "jdk.GarbageCollection" -> {
            gcs++;
            pause += e.getDuration("sumOfPauses").toNanos() / 1e9;
          }
          case "jdk.ObjectAllocationSample" -> allocated += e.getLong("weight");
          case "jdk.CPULoad" -> {
            cpu += e.getFloat("jvmUser") + e.getFloat("jvmSystem");
            cpuSamples++;
          }
          default -> {}
        }
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f | %d | %.2f | %.1f%% | %.1f | %.2f | %.0f%% |%n",
          w.name(),
          w.seconds(),
          gcs,
          pause,
          100 * pause / w.seconds(),
          allocated / 1e9,
          allocated / 1e9 / w.seconds(),
          cpuSamples == 0 ? 0 : 100 * cpu / cpuSamples);
    }
  }

  private static boolean isSample(RecordedEvent e) {
    return e.getEventType().getName().equals("jdk.ExecutionSample");
  }

  /** Threads that wait for work by design: the JVM's, JFR's, and idle pool threads. */
  private static boolean idleThread(RecordedEvent e) {
    RecordedThread t = e.getThread();
    String name = t == null ? "" : t.getJavaName();
    return name == null || name.startsWith("JFR") || name.equals("Signal Dispatcher");
  }

  private static String stage(RecordedStackTrace stack) {
    if (stack == null) {
      return "(no stack)";
    }
    List<RecordedFrame> frames = new ArrayList<>(stack.getFrames());
    // Outermost first: the pipeline stage is the annotator nearest the thread's root.
    for (int i = frames.size() - 1; i >= 0; i--) {
      RecordedFrame f = frames.get(i);
      if (!f.isJavaFrame()) {
        continue;
      }
      String type = f.getMethod().getType().getName();
      String method = f.getMethod().getName();
      String simple = type.substring(type.lastIndexOf('.') + 1);
      if (type.startsWith("edu.stanford.nlp.pipeline.AnnotatorImplementations")) {
        return "load: " + method;
      }
      if (type.startsWith("edu.stanford.nlp.pipeline.") && simple.endsWith("Annotator")) {
        if (method.equals("annotate")) {
          return "annotate: " + concreteSentenceAnnotator(frames, i, simple);
        }
        if (method.equals("<init>")) {
          return "load: " + simple;
        }
      }
      if (type.equals("org.reviewlens.annotate.LongSentenceSplitter") && method.equals("annotate")) {
        return "annotate: LongSentenceSplitter";
      }
      if (type.startsWith("org.reviewlens.annotate.AnnotationConverter")) {
        return "review-lens: conversion";
      }
      if (type.startsWith("org.reviewlens.annotate.AnnotationCache")) {
        return "review-lens: cache";
      }
      for (String stage : List.of("corpus", "extract", "analyse", "report")) {
        if (type.startsWith("org.reviewlens." + stage + ".")) {
          return "review-lens: " + stage;
        }
      }
    }
    RecordedFrame top = frames.isEmpty() ? null : frames.get(0);
    return top == null ? "(empty)" : "other: " + topPackage(top.getMethod().getType().getName());
  }

  /**
   * The parser and the sentiment model share {@link
   * edu.stanford.nlp.pipeline.SentenceAnnotator#annotate}; the concrete one is the {@code
   * doOneSentence} it calls.
   */
  private static String concreteSentenceAnnotator(List<RecordedFrame> frames, int at, String simple) {
    if (!simple.equals("SentenceAnnotator")) {
      return simple;
    }
    for (int j = at - 1; j >= 0; j--) {
      String type = frames.get(j).getMethod().getType().getName();
      if (frames.get(j).getMethod().getName().equals("doOneSentence")) {
        return type.substring(type.lastIndexOf('.') + 1);
      }
    }
    return simple;
  }

  private static String where(RecordedEvent e) {
    RecordedStackTrace stack = e.getStackTrace();
    if (stack == null) {
      return "-";
    }
    for (RecordedFrame f : stack.getFrames()) {
      String type = f.getMethod().getType().getName();
      if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
      }
    }
    return "-";
  }

  private static String className(jdk.jfr.consumer.RecordedClass c) {
    return c == null ? "-" : c.getName();
  }

  private static String topPackage(String type) {
    String[] parts = type.split("\\.");
    return parts.length < 3 ? type : parts[0] + "." + parts[1] + "." + parts[2];
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
