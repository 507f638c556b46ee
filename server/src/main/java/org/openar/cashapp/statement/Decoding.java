package org.openar.cashapp.statement;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Text statement files (MT940, BAI2, CSV) come as UTF-8 or, from older bank systems, as a single-byte code page.
 * UTF-8 is tried strictly first; anything else is read as ISO-8859-1, which never fails, and the import says so.
 */
final class Decoding {

  private Decoding() {}

  static String decode(byte[] bytes, List<String> warnings, String source) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
        ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      warnings.add(source + " is not UTF-8; read as ISO-8859-1 (check names with accents)");
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  /** Strict UTF-8 for formats that must be UTF-8 (the CSV contract): the error names the line and byte. */
  static String strictUtf8(byte[] bytes, String source) {
    int line = 1;
    int i = 0;
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalid(bytes, start);
      for (i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new StatementException(source, "line " + line + ", byte " + (bad + 1),
          String.format("byte 0x%02X is not valid UTF-8 (the file must be UTF-8)", bytes[bad] & 0xff));
    }
  }

  private static int firstInvalid(byte[] b, int from) {
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
      if (n < 0 || c == 0xC0 || c == 0xC1) {
        return i;
      }
      for (int k = 1; k <= n; k++) {
        if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += n + 1;
    }
    return Math.max(0, b.length - 1);
  }
}
