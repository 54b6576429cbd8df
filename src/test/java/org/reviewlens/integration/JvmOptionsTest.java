package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JVM options are stated in .mvn/jvm.config; the test JVM's copy in the pom must agree. */
class JvmOptionsTest {
  @Test
  void theTestJvmRunsWithTheMainJobsOptions() throws IOException {
    Matcher argLine =
        Pattern.compile("<test.argLine>([^<]*)</test.argLine>")
            .matcher(Files.readString(Path.of("pom.xml")));

    assertTrue(argLine.find(), "pom.xml has a test.argLine property");
    assertEquals(String.join(" ", JvmOptions.mainJob()), argLine.group(1).trim());
  }

  @Test
  void theHeapIsCommittedUpFront() throws IOException {
    // Growing the heap while the models load cost seven full collections (bench/PROFILE.md).
    String options = String.join(" ", JvmOptions.mainJob());
    Matcher max = Pattern.compile("-Xmx(\\S+)").matcher(options);
    Matcher initial = Pattern.compile("-Xms(\\S+)").matcher(options);

    assertTrue(max.find() && initial.find(), options);
    assertEquals(max.group(1), initial.group(1));
  }
}
