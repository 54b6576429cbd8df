package org.reviewlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void stripsUtf8ByteOrderMark() {
    byte[] bytes = "\uFEFFAni’s journey".getBytes(StandardCharsets.UTF_8);
    assertEquals("Ani’s journey", TextDecoder.decode(bytes).text().orElseThrow());
  }

  @Test
  void decodesWindows1252CurlyQuotesWithWarning() {
    byte[] bytes = "Anora “Ani” Mikheeva’s café".getBytes(Charset.forName("windows-1252"));
    DecodedText decoded = TextDecoder.decode(bytes);
    assertEquals("Anora “Ani” Mikheeva’s café", decoded.text().orElseThrow());
    assertTrue(decoded.warning().orElseThrow().contains("Windows-1252"));
  }

  @Test
  void refusesBinaryContent() {
    byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};
    assertTrue(TextDecoder.decode(bytes).problem().orElseThrow().contains("binary"));
  }

  @Test
  void refusesWhitespaceOnlyFile() {
    assertTrue(
        TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8))
            .problem()
            .orElseThrow()
            .contains("empty"));
  }

  @Test
  void refusesFileOverSizeLimit() {
    byte[] bytes = "a".repeat(TextDecoder.MAX_BYTES + 1).getBytes(StandardCharsets.UTF_8);
    assertTrue(TextDecoder.decode(bytes).problem().orElseThrow().contains("too large"));
  }
}
