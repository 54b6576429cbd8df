package org.reviewlens.annotate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.reviewlens.fault.FaultPoint;
import org.reviewlens.fault.Faults;

/**
 * An on-disk store of {@link AnnotatedReview}s, one gzipped file per review, keyed by a SHA-256 of
 * the review text and the {@link AnnotationSettings#fingerprint() settings fingerprint}.
 *
 * <p>Entries are written to a private temporary file and moved into place atomically, so a crash or
 * a concurrent run never leaves a half-written entry under a real key. An entry that cannot be read
 * back completely (truncated, corrupt, from an older format) is treated as a miss and deleted; the
 * review is then annotated again.
 */
public final class AnnotationCache {
  /**
   * The classes an entry may hold: the annotation records, the immutable lists that hold them and
   * the boxed values. Anything else (a gadget class in a planted file) is refused before it is
   * built, and the entry is a miss.
   */
  static final ObjectInputFilter FILTER = allowList();

  /**
   * Longer than any array an entry holds: the tokens of the longest review the corpus accepts (256
   * KiB) number well under this. A planted length of 2^31-1 is refused before it is allocated.
   */
  static final long MAX_ARRAY_LENGTH = 1_000_000;

  /**
   * A temporary file this old is left by a writer that was killed: no entry takes this long to
   * write.
   */
  static final Duration STALE_TEMPORARY = Duration.ofHours(1);

  private static final String TEMPORARY = ".tmp";

  /**
   * The name of a temporary file this cache writes: a key, a random suffix, {@code .tmp}. The sweep
   * deletes only these, never another program's {@code .tmp} in a folder given as {@code --cache}.
   */
  private static final Pattern OWN_TEMPORARY = Pattern.compile("[0-9a-f]{64}\\.[0-9a-z]+\\.tmp");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;
  private final String fingerprint;
  private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

  /** A cache in {@code dir}; temporary files that killed writers left there are swept away. */
  public AnnotationCache(Path dir, AnnotationSettings settings) {
    this.dir = dir;
    this.fingerprint = settings.fingerprint();
    sweepStaleTemporaries();
  }

  /** What went wrong with the cache so far, one line each, for the run's report. */
  public List<String> warnings() {
    synchronized (warnings) {
      return List.copyOf(warnings);
    }
  }

  /** The cache key of a review text under these settings. */
  public String key(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(fingerprint.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The stored annotations for this key, or empty on a miss or an unreadable entry. */
  public Optional<AnnotatedReview> get(String key) {
    Path file = entry(key);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file);
        ObjectInputStream objects =
            new ObjectInputStream(new GZIPInputStream(new BufferedInputStream(in)))) {
      objects.setObjectInputFilter(FILTER);
      String storedKey = objects.readUTF();
      AnnotatedReview review = (AnnotatedReview) objects.readObject();
      if (review == null || !storedKey.equals(key) || objects.read() != -1) {
        throw new IOException("entry does not match its key");
      }
      return Optional.of(review);
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      return unreadable(file, e);
    } catch (StackOverflowError e) {
      // A planted entry nested deeper than the filter's depth allows cannot reach here; a stack
      // overflow is still the entry's fault, not the run's. An OutOfMemoryError is not caught: the
      // filter refuses huge arrays, so running out of heap says the heap is short, and deleting
      // good entries one by one would lose the cache.
      return unreadable(file, e);
    }
  }

  private Optional<AnnotatedReview> unreadable(Path file, Throwable cause) {
    warnings.add(
        file + ": unreadable cache entry (" + cause + "); deleted, and the review annotated again");
    deleteQuietly(file);
    return Optional.empty();
  }

  /** Stores annotations under this key, replacing any entry atomically. */
  public void put(String key, AnnotatedReview review) throws IOException {
    java.util.Objects.requireNonNull(review, "no annotations to store for key " + key);
    Files.createDirectories(dir);
    Path temp = createTemporary(key);
    try {
      try (OutputStream out = Files.newOutputStream(temp);
          ObjectOutputStream objects =
              new ObjectOutputStream(new GZIPOutputStream(new BufferedOutputStream(out)))) {
        objects.writeUTF(key);
        objects.writeObject(review);
      } catch (FileSystemException e) {
        throw e;
      } catch (IOException e) {
        // A full disk says only "No space left on device": name the file.
        throw new IOException(temp + ": " + e.getMessage(), e);
      }
      Faults.reach(FaultPoint.CACHE_WRITE);
      try {
        Files.move(temp, entry(key), StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, entry(key), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      deleteQuietly(temp);
    }
  }

  /**
   * A new, empty file for an entry being written. Unlike {@link Files#createTempFile}, which makes
   * it private (0600), it takes the user's umask, so a cache shared by a team stays readable.
   */
  private Path createTemporary(String key) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate =
          dir.resolve(key + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + TEMPORARY);
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /** Deletes the temporary files of writers killed long ago; a live writer's file is younger. */
  private void sweepStaleTemporaries() {
    if (!Files.isDirectory(dir)) {
      return;
    }
    Instant cutoff = Instant.now().minus(STALE_TEMPORARY);
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(f -> OWN_TEMPORARY.matcher(f.getFileName().toString()).matches())
          .filter(f -> modified(f).isBefore(cutoff))
          .forEach(AnnotationCache::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      warnings.add(dir + ": cannot sweep stale temporary files (" + e + ")");
    }
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.MAX;
    }
  }

  private static ObjectInputFilter allowList() {
    List<Class<?>> allowed = new ArrayList<>(RecordShape.of(AnnotatedReview.class).records());
    allowed.addAll(
        List.of(String.class, Integer.class, Double.class, Number.class, ArrayList.class));
    allowed.add(List.of().getClass());
    allowed.add(List.of(1).getClass());
    allowed.add(List.of(1, 2, 3).getClass());
    Set<String> names = new HashSet<>();
    allowed.forEach(c -> names.add(c.getName()));
    // Immutable lists serialize through this proxy class; it builds only immutable collections.
    names.add("java.util.CollSer");
    return info -> {
      if (info.depth() > MAX_DEPTH || info.arrayLength() > MAX_ARRAY_LENGTH) {
        return ObjectInputFilter.Status.REJECTED;
      }
      Class<?> c = info.serialClass();
      if (c == null) {
        return ObjectInputFilter.Status.UNDECIDED;
      }
      if (c == Object[].class) {
        return ObjectInputFilter.Status.ALLOWED;
      }
      return names.contains(c.getName())
          ? ObjectInputFilter.Status.ALLOWED
          : ObjectInputFilter.Status.REJECTED;
    };
  }

  /** Deeper than any entry nests: review, list, record, list, record, list, value. */
  private static final int MAX_DEPTH = 20;

  private Path entry(String key) {
    return dir.resolve(key + ".ser.gz");
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // Another run may hold it; a leftover temporary file is harmless.
    }
  }
}
