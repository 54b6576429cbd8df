package org.reviewlens.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a review file into text.
 *
 * <p>UTF-8 is expected, with or without a byte-order mark. Reviews pasted from Word often arrive in
 * Windows-1252 instead; such bytes are not valid UTF-8, so they are decoded as Windows-1252 and
 * flagged with a warning. A file holding NUL or other control bytes is binary and refused, as is a
 * file over the size limit or with no visible text.
 */
public final class TextDecoder {
  /** The largest review accepted, in bytes. Longer files are skipped, not annotated. */
  public static final int MAX_BYTES = 256 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** Decodes one file's bytes. */
  public static DecodedText decode(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return DecodedText.unusable(
          "too large: " + bytes.length + " bytes, over the limit of " + MAX_BYTES + " bytes");
    }
    if (looksBinary(bytes)) {
      return DecodedText.unusable("binary content, not text");
    }
    DecodedText decoded;
    try {
      decoded = DecodedText.ok(stripBom(strictUtf8(bytes)));
    } catch (CharacterCodingException notUtf8) {
      decoded =
          DecodedText.withWarning(
              new String(bytes, WINDOWS_1252), "not valid UTF-8; decoded as Windows-1252");
    }
    if (decoded.text().orElseThrow().isBlank()) {
      return DecodedText.unusable("empty: the file holds no text");
    }
    return decoded;
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Text files hold no C0 control bytes other than tab, newline, carriage return and form feed. */
  private static boolean looksBinary(byte[] bytes) {
    for (byte b : bytes) {
      if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return true;
      }
    }
    return false;
  }
}
