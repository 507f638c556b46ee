package org.openar.integration.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.openar.integration.IntegrationError;
import org.openar.shared.error.OpenArException;

/**
 * Hashes a file, recognises its format from its first bytes (a zip is xlsx, an OLE2 file is the old .xls, anything
 * else text) and finds the encoding of text files, in one pass; {@link #copy} does the same while storing an upload.
 */
public final class FileInspector {

  public static final String UTF_8 = "UTF-8";
  public static final String UTF_8_BOM = "UTF-8 (BOM)";
  public static final String GB18030 = "GB18030";

  private FileInspector() {}

  public static FileFacts inspect(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return copy(in, OutputStream.nullOutputStream());
    }
  }

  /** Copies {@code in} to {@code out} and returns what the bytes are. */
  public static FileFacts copy(InputStream in, OutputStream out) throws IOException {
    MessageDigest sha = sha256();
    Utf8Check utf8 = new Utf8Check();
    byte[] head = new byte[8];
    int headLen = 0;
    long size = 0;
    byte[] buf = new byte[1 << 16];
    for (int n; (n = in.read(buf)) > 0; ) {
      if (headLen < head.length) {
        int k = Math.min(head.length - headLen, n);
        System.arraycopy(buf, 0, head, headLen, k);
        headLen += k;
      }
      sha.update(buf, 0, n);
      utf8.feed(buf, n);
      out.write(buf, 0, n);
      size += n;
    }
    if (size == 0) {
      throw new OpenArException(IntegrationError.INTEGRATION_FILE_EMPTY);
    }
    FileFormat format = format(head, headLen);
    String encoding = format == FileFormat.XLSX ? null : encoding(head, headLen, utf8.valid());
    return new FileFacts(HexFormat.of().formatHex(sha.digest()), size, format, encoding);
  }

  private static FileFormat format(byte[] h, int len) {
    if (len >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4) {
      return FileFormat.XLSX;
    }
    if (len >= 4 && (h[0] & 0xff) == 0xD0 && (h[1] & 0xff) == 0xCF && (h[2] & 0xff) == 0x11
        && (h[3] & 0xff) == 0xE0) {
      throw new OpenArException(IntegrationError.INTEGRATION_UNSUPPORTED_FORMAT, "xls");
    }
    return FileFormat.CSV;
  }

  private static String encoding(byte[] h, int len, boolean validUtf8) {
    if (len >= 3 && (h[0] & 0xff) == 0xEF && (h[1] & 0xff) == 0xBB && (h[2] & 0xff) == 0xBF) {
      return UTF_8_BOM;
    }
    if (len >= 2 && ((h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xFE)) {
      return "UTF-16LE";
    }
    if (len >= 2 && ((h[0] & 0xff) == 0xFE && (h[1] & 0xff) == 0xFF)) {
      return "UTF-16BE";
    }
    return validUtf8 ? UTF_8 : GB18030;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A streaming UTF-8 validity check (sequences may span buffers). */
  static final class Utf8Check {
    private int pending;
    private boolean valid = true;

    void feed(byte[] b, int n) {
      for (int i = 0; i < n && valid; i++) {
        int c = b[i] & 0xff;
        if (pending > 0) {
          valid = (c & 0xC0) == 0x80;
          pending--;
        } else if (c >= 0x80) {
          pending = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
          valid = pending > 0;
        }
      }
    }

    boolean valid() {
      return valid && pending == 0;
    }
  }
}
