package org.reviewlens.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCacheTest {
  @TempDir Path dir;

  private final AnnotationSettings settings = AnnotationSettings.builder().build();

  private static AnnotatedReview review(String id, int sentences) {
    List<SentenceAnnotation> list = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      list.add(
          new SentenceAnnotation(
              i, i * 10, i * 10 + 9, "Neutral", List.of(0.1, 0.2, 0.4, 0.2, 0.1)));
    }
    return new AnnotatedReview(
        id,
        List.of(new Token(0, 0, 3, "Ani", "Ani", "NNP", "PERSON")),
        list,
        List.of(),
        List.of(),
        List.of());
  }

  private Path onlyEntry() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> entries = files.filter(p -> p.toString().endsWith(".ser.gz")).toList();
      assertEquals(1, entries.size());
      return entries.get(0);
    }
  }

  @Test
  void storedAnnotationsComeBackEqual() throws IOException {
    AnnotationCache cache = new AnnotationCache(dir, settings);
    String key = cache.key("Ani dances.");
    cache.put(key, review("a", 3));
    assertEquals(Optional.of(review("a", 3)), cache.get(key));
  }

  @Test
  void keyChangesWithTextAndSettingsButNotThreads() {
    AnnotationCache cache = new AnnotationCache(dir, settings);
    assertNotEquals(cache.key("a"), cache.key("b"));
    AnnotationCache pcfg =
        new AnnotationCache(
            dir, AnnotationSettings.builder().parserModel(AnnotationSettings.PCFG).build());
    assertNotEquals(cache.key("a"), pcfg.key("a"));
    AnnotationCache oneThread =
        new AnnotationCache(dir, AnnotationSettings.builder().threads(1).build());
    assertEquals(cache.key("a"), oneThread.key("a"));
  }

  @Test
  void truncatedEntryIsAMissAndIsRemoved() throws IOException {
    AnnotationCache cache = new AnnotationCache(dir, settings);
    String key = cache.key("Ani dances.");
    cache.put(key, review("a", 50));
    Path entry = onlyEntry();
    byte[] bytes = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertEquals(Optional.empty(), cache.get(key));
    assertFalse(Files.exists(entry));
  }

  /** A worker that died in CoreNLP once left a null entry, and every later run failed on it. */
  @Test
  void entryHoldingNoAnnotationsIsAMissAndIsRemoved() throws IOException {
    AnnotationCache cache = new AnnotationCache(dir, settings);
    String key = cache.key("Ani dances.");
    cache.put(key, review("a", 1));
    Path entry = onlyEntry();
    try (var out =
        new java.io.ObjectOutputStream(
            new java.util.zip.GZIPOutputStream(Files.newOutputStream(entry)))) {
      out.writeUTF(key);
      out.writeObject(null);
    }
    assertEquals(Optional.empty(), cache.get(key));
    assertFalse(Files.exists(entry));
  }

  @Test
  void storingNoAnnotationsIsRefused() {
    AnnotationCache cache = new AnnotationCache(dir, settings);
    org.junit.jupiter.api.Assertions.assertThrows(
        NullPointerException.class, () -> cache.put(cache.key("x"), null));
  }

  @Test
  void corruptEntryIsAMiss() throws IOException {
    AnnotationCache cache = new AnnotationCache(dir, settings);
    String key = cache.key("Ani dances.");
    cache.put(key, review("a", 5));
    Files.write(onlyEntry(), "not a cache entry".getBytes());
    assertEquals(Optional.empty(), cache.get(key));
  }

  /**
   * Once one entry is in place, a reader must always find a whole one, even while writers replace
   * it. A reader that met a partial entry would get a miss (and delete the entry), so any miss here
   * means a partial entry was visible.
   */
  @Test
  void concurrentWritersAndReadersNeverSeeAPartialEntry() throws Exception {
    AnnotationCache cache = new AnnotationCache(dir, settings);
    String key = cache.key("Ani dances.");
    AnnotatedReview big = review("a", 2000);
    cache.put(key, big);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> tasks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      tasks.add(
          pool.submit(
              () -> {
                cache.put(key, big);
                return null;
              }));
      tasks.add(
          pool.submit(
              () -> {
                for (int attempt = 0; attempt < 5; attempt++) {
                  Optional<AnnotatedReview> read = cache.get(key);
                  assertTrue(
                      read.isPresent() && read.get().equals(big), "a reader saw a partial entry");
                }
                return null;
              }));
    }
    for (Future<?> task : tasks) {
      task.get();
    }
    pool.shutdown();
    assertEquals(Optional.of(big), cache.get(key));
    try (Stream<Path> files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.toString().endsWith(".tmp")), "no temporary file is left");
    }
  }

  /** A class that records whether deserialization ever built it. */
  static final class Planted implements java.io.Serializable {
    static volatile boolean built;

    private void readObject(java.io.ObjectInputStream in)
        throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      built = true;
    }
  }

  @Test
  void aPlantedClassOutsideTheAllowListIsNeverBuiltAndTheEntryIsAMiss() throws IOException {
    AnnotationCache cache = new AnnotationCache(dir, settings);
    String key = cache.key("Ani dances.");
    cache.put(key, review("a", 1));
    Path entry = onlyEntry();
    try (var out =
        new java.io.ObjectOutputStream(
            new java.util.zip.GZIPOutputStream(Files.newOutputStream(entry)))) {
      out.writeUTF(key);
      out.writeObject(new Planted());
    }
    Planted.built = false;
    assertEquals(Optional.empty(), cache.get(key));
    assertFalse(Planted.built, "the filter refuses the class before it is built");
    assertFalse(Files.exists(entry));
  }

  /**
   * An entry claiming an array of 2^31-1 elements once threw OutOfMemoryError out of the run, and
   * stayed, so that every later run died on it.
   */
  @Test
  void anEntryClaimingAHugeArrayIsAMissAndIsRemoved() throws IOException {
    AnnotationCache cache = new AnnotationCache(dir, settings);
    String key = cache.key("Ani dances.");
    cache.put(key, review("a", 1));
    Path entry = onlyEntry();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.io.ObjectOutputStream(bytes)) {
      out.writeUTF(key);
      out.writeObject(new Object[0]);
    }
    byte[] planted = bytes.toByteArray();
    // The last four bytes are the empty array's length: claim 2^31-1 elements instead.
    java.nio.ByteBuffer.wrap(planted).putInt(planted.length - 4, Integer.MAX_VALUE);
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(entry))) {
      out.write(planted);
    }
    assertEquals(Optional.empty(), cache.get(key));
    assertFalse(Files.exists(entry), "deleted, so the next run does not meet it again");
    assertTrue(cache.warnings().get(0).contains(entry.toString()), cache.warnings().toString());
    assertTrue(
        cache.warnings().get(0).contains("filter status: REJECTED"),
        "refused by the filter before allocation, not by running out of heap: " + cache.warnings());
  }

  /** Killed writers left their temporary files for ever. */
  @Test
  void aStaleTemporaryFileIsSweptAndAFreshOneIsKept() throws IOException {
    String key = "ab".repeat(32);
    Path stale = Files.writeString(dir.resolve(key + ".x1y2.tmp"), "half an entry");
    Path fresh = Files.writeString(dir.resolve(key + ".z3.tmp"), "being written");
    Path someoneElses = Files.writeString(dir.resolve("thesis-draft.tmp"), "not the cache's");
    for (Path old : List.of(stale, someoneElses)) {
      Files.setLastModifiedTime(
          old,
          java.nio.file.attribute.FileTime.from(
              java.time.Instant.now().minus(AnnotationCache.STALE_TEMPORARY).minusSeconds(60)));
    }
    new AnnotationCache(dir, settings);
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(fresh), "a live writer's file is younger than the cutoff");
    assertTrue(Files.exists(someoneElses), "only the cache's own temporaries are swept");
  }

  /** Entries were private to their owner (0600): a cache shared by a team could not be read. */
  @Test
  void entriesHaveThePermissionsOfAnyNewFile() throws IOException {
    AnnotationCache cache = new AnnotationCache(dir, settings);
    cache.put(cache.key("Ani dances."), review("a", 1));
    Path ordinary = Files.createFile(dir.resolve("made-by-hand"));
    assertEquals(
        Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(onlyEntry()));
  }

  @Test
  void theKeyCoversEveryPropertyThePipelinesAreBuiltWith() {
    String fingerprint = settings.fingerprint();
    for (java.util.Properties props :
        List.of(settings.mainProperties(), settings.quoteProperties())) {
      for (String name : props.stringPropertyNames()) {
        assertTrue(
            fingerprint.contains(name + "=" + props.getProperty(name)),
            name + " is in the cache key");
      }
    }
  }

  /** A cached record as it was. */
  static final class V1 {
    record Entry(String word, List<Part> parts) {}

    record Part(int begin) {}
  }

  /** The same record after a component was added to the record it holds. */
  static final class V2 {
    record Entry(String word, List<Part> parts) {}

    record Part(int begin, String gender) {}
  }

  @Test
  void aComponentAddedToANestedRecordChangesTheShape() {
    RecordShape v1 = RecordShape.of(V1.Entry.class);
    RecordShape v2 = RecordShape.of(V2.Entry.class);
    assertEquals(java.util.Set.of(V1.Entry.class, V1.Part.class), v1.records());
    String before = v1.signature().replace("V1$", "");
    String after = v2.signature().replace("V2$", "");
    assertEquals(before.replace("begin:int;", "begin:int;gender:java.lang.String;"), after);
    assertNotEquals(v1.hash(), v2.hash());
  }

  @Test
  void theKeyChangesWithTheShapeOfTheCachedRecords() {
    assertTrue(
        settings.fingerprint().contains("records=" + RecordShape.of(AnnotatedReview.class).hash()));
    assertEquals(
        java.util.Set.of(
            AnnotatedReview.class,
            Token.class,
            SentenceAnnotation.class,
            EntitySpan.class,
            CorefChain.class,
            CorefMention.class,
            QuoteSpan.class),
        RecordShape.of(AnnotatedReview.class).records());
  }
}
