package org.reviewlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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

  /** Notepad's "Unicode" (UTF-16 with a byte-order mark) was once skipped as binary. */
  @Test
  void decodesUtf16WithAByteOrderMarkInEitherByteOrder() {
    for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] bytes = "\uFEFFZoë’s “first” day\n".getBytes(utf16);
      DecodedText decoded = TextDecoder.decode(bytes);
      assertEquals("Zoë’s “first” day\n", decoded.text().orElseThrow(), utf16.name());
      assertTrue(decoded.warning().orElseThrow().contains(utf16.name()), utf16.name());
    }
  }

  @Test
  void utf16WithoutAByteOrderMarkIsStillBinary() {
    byte[] bytes = "Zoe waits.".getBytes(StandardCharsets.UTF_16LE);
    assertTrue(TextDecoder.decode(bytes).problem().orElseThrow().contains("binary"));
  }

  @Test
  void refusesUtf16WithAByteOrderMarkAndAnOddByteCount() {
    byte[] whole = "\uFEFFZoe waits.".getBytes(StandardCharsets.UTF_16LE);
    byte[] cut = Arrays.copyOf(whole, whole.length - 1);
    assertTrue(TextDecoder.decode(cut).problem().orElseThrow().contains("UTF-16"));
  }

  /** A CSV file is decoded as a review is, but may be empty or large. */
  @Test
  void decodeTextKeepsAnEmptyOrLargeFile() {
    assertEquals("", TextDecoder.decodeText(new byte[0]).text().orElseThrow());
    byte[] large = "a".repeat(TextDecoder.MAX_BYTES + 1).getBytes(StandardCharsets.UTF_8);
    assertTrue(TextDecoder.decodeText(large).problem().isEmpty());
  }
}
