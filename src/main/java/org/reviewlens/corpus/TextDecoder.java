package org.reviewlens.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a review or a corpus CSV file into text.
 *
 * <p>UTF-8 is expected, with or without a byte-order mark. Reviews pasted from Word and CSV files
 * saved by Excel often arrive in Windows-1252 instead; such bytes are not valid UTF-8, so they are
 * decoded as Windows-1252 and flagged with a warning. Notepad's "Unicode" is UTF-16 with a
 * byte-order mark, which says the byte order; it is decoded as that, with a note. Without the mark,
 * UTF-16 cannot be told from binary. A file holding NUL or other control characters is binary and
 * refused. A review is also refused when over the size limit or with no visible text.
 */
public final class TextDecoder {
  /** The largest review accepted, in bytes. Longer files are skipped, not annotated. */
  public static final int MAX_BYTES = 256 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** Decodes one review file's bytes: refuses a binary, too large or blank file. */
  public static DecodedText decode(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return tooLarge(bytes.length);
    }
    DecodedText decoded = decodeText(bytes);
    if (decoded.text().isPresent() && decoded.text().get().isBlank()) {
      return DecodedText.unusable("empty: the file holds no text");
    }
    return decoded;
  }

  /**
   * Checks a review given as text (a row of a review table) as a file's would be: too large, binary
   * or blank is refused; a leading byte-order mark is dropped, as a file's is.
   */
  static DecodedText fromText(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) {
      return tooLarge(bytes.length);
    }
    if (looksBinary(bytes)) {
      return DecodedText.unusable("binary content, not text");
    }
    if (text.isBlank()) {
      return DecodedText.unusable("empty: the row holds no text");
    }
    return DecodedText.ok(stripBom(text));
  }

  /** Why a review of {@code size} bytes is refused before it is even read. */
  static DecodedText tooLarge(long size) {
    return DecodedText.unusable(
        "too large: " + size + " bytes, over the limit of " + MAX_BYTES + " bytes");
  }

  /**
   * Decodes the bytes of any text file, whatever its size; an empty file is empty text. Only binary
   * content, or UTF-16 that its byte-order mark promises but that is broken, is refused.
   */
  public static DecodedText decodeText(byte[] bytes) {
    Optional<Charset> utf16 = utf16ByteOrderMark(bytes);
    if (utf16.isPresent()) {
      return decodeUtf16(bytes, utf16.get());
    }
    if (looksBinary(bytes)) {
      return DecodedText.unusable("binary content, not text");
    }
    try {
      return DecodedText.ok(stripBom(strict(StandardCharsets.UTF_8, bytes, 0)));
    } catch (CharacterCodingException notUtf8) {
      return DecodedText.withWarning(
          new String(bytes, WINDOWS_1252), "not valid UTF-8; decoded as Windows-1252");
    }
  }

  private static DecodedText decodeUtf16(byte[] bytes, Charset charset) {
    String text;
    try {
      text = strict(charset, bytes, 2);
    } catch (CharacterCodingException e) {
      return DecodedText.unusable(
          "not valid " + charset.name() + ", although its byte-order mark says it is");
    }
    if (hasControlCharacter(text)) {
      return DecodedText.unusable("binary content, not text");
    }
    return DecodedText.withWarning(
        text, "decoded as " + charset.name() + ", as its byte-order mark says (UTF-8 is expected)");
  }

  /** UTF-16LE or UTF-16BE when the bytes start with that byte-order mark. */
  private static Optional<Charset> utf16ByteOrderMark(byte[] bytes) {
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static String strict(Charset charset, byte[] bytes, int offset)
      throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
        .toString();
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Text files hold no C0 control bytes other than tab, newline, carriage return and form feed. */
  private static boolean looksBinary(byte[] bytes) {
    for (byte b : bytes) {
      if (b >= 0 && isControl((char) b)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasControlCharacter(String text) {
    return text.chars().anyMatch(c -> isControl((char) c));
  }

  private static boolean isControl(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  }
}
