package org.openar.cashapp.offline;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The fields of one CSV record as byte ranges of the file ({@link CsvTable}), with parsers that read the common
 * cases straight from the bytes: a plain decimal amount into minor units and an ISO date into an epoch day. Anything
 * unusual (surrounding whitespace, signs, non-ASCII, more digits than a long holds) makes them answer "not fast",
 * and the caller takes the general path, which also words the error messages.
 */
final class Cells {

  static final long NOT_FAST = Long.MIN_VALUE;
  static final int NOT_FAST_DAY = Integer.MIN_VALUE;
  private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  private final byte[] b;
  private int[] start = new int[16];
  private int[] end = new int[16];
  private boolean[] escaped = new boolean[16];
  private int count;

  Cells(byte[] bytes) {
    this.b = bytes;
  }

  int count() {
    return count;
  }

  /** Reads the record at {@code pos}; returns where the next one starts. */
  int next(int pos, String file, long line) {
    count = 0;
    int n = b.length;
    if (pos >= n) {
      return n;
    }
    int i = pos;
    while (true) {
      if (count == start.length) {
        grow();
      }
      if (i < n && b[i] == '"') {
        i = quoted(i + 1, file, line);
      } else {
        start[count] = i;
        while (i < n && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
          i++;
        }
        end[count] = i;
        escaped[count++] = false;
      }
      if (i >= n) {
        return n;
      }
      if (b[i] == ',') {
        i++;
        continue;
      }
      return b[i] == '\r' && i + 1 < n && b[i + 1] == '\n' ? i + 2 : i + 1;
    }
  }

  /** A quoted field from just after its opening quote; returns the position after the closing quote's padding. */
  private int quoted(int from, String file, long line) {
    int n = b.length;
    boolean esc = false;
    int i = from;
    while (true) {
      if (i >= n) {
        throw new InputException(file, line, "*", "not valid CSV: the file ends inside a quoted field");
      }
      if (b[i] == '"') {
        if (i + 1 < n && b[i + 1] == '"') {
          esc = true;
          i += 2;
          continue;
        }
        break;
      }
      i++;
    }
    start[count] = from;
    end[count] = i;
    escaped[count++] = esc;
    i++;
    while (i < n && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
      if (b[i] < 0 || !Character.isWhitespace(b[i])) {
        throw new InputException(file, line, "*", "not valid CSV: a character between a closing quote and the "
            + "next comma");
      }
      i++;
    }
    return i;
  }

  String string(int k) {
    String s = new String(b, start[k], end[k] - start[k], StandardCharsets.UTF_8);
    return escaped[k] ? s.replace("\"\"", "\"") : s;
  }

  /**
   * A plain decimal ({@code 123}, {@code 123.4}, {@code 123.40}) as minor units of a currency with {@code digits}
   * decimals, or {@link #NOT_FAST}. Zeros beyond the currency's decimals are accepted, as {@code Money} does.
   */
  long minor(int k, int digits) {
    int i = start[k];
    int e = end[k];
    if (escaped[k] || i == e || e - i > 24 || digits > 6) {
      return NOT_FAST;
    }
    long whole = 0;
    int intDigits = 0;
    while (i < e && b[i] >= '0' && b[i] <= '9') {
      whole = whole * 10 + (b[i++] - '0');
      intDigits++;
    }
    if (intDigits == 0 || intDigits + digits > 18) {
      return NOT_FAST;
    }
    long frac = 0;
    if (i < e) {
      if (b[i++] != '.' || i == e) {
        return NOT_FAST;
      }
      for (int d = 0; i < e; d++, i++) {
        int c = b[i] - '0';
        if (c < 0 || c > 9 || d >= digits && c != 0) {
          return NOT_FAST;
        }
        if (d < digits) {
          frac += c * POW10[digits - 1 - d];
        }
      }
    }
    return whole * POW10[digits] + frac;
  }

  /** An ISO date {@code yyyy-MM-dd} as an epoch day, or {@link #NOT_FAST_DAY} (also for an impossible date). */
  int isoDay(int k) {
    int i = start[k];
    if (escaped[k] || end[k] - i != 10 || b[i + 4] != '-' || b[i + 7] != '-') {
      return NOT_FAST_DAY;
    }
    int y = digits(i, 4);
    int m = digits(i + 5, 2);
    int d = digits(i + 8, 2);
    if (y < 0 || m < 0 || d < 0) {
      return NOT_FAST_DAY;
    }
    try {
      return (int) LocalDate.of(y, m, d).toEpochDay();
    } catch (DateTimeException e) {
      return NOT_FAST_DAY;
    }
  }

  /**
   * The field's position in {@code table} read straight from its bytes, -2 when the field needs the general path
   * (quoted with escapes, or possibly surrounded by whitespace, which the ids are stripped of), or -1 when absent.
   */
  int find(IdTable table, int k) {
    int from = start[k];
    int to = end[k];
    if (escaped[k] || from == to || (b[from] & 0xff) <= ' ' || (b[from] & 0xff) >= 0x80
        || (b[to - 1] & 0xff) <= ' ' || (b[to - 1] & 0xff) >= 0x80) {
      return -2;
    }
    return table.find(b, from, to);
  }

  /** Whether the field's bytes are exactly {@code ascii} (a currency code seen before). */
  boolean is(int k, byte[] ascii) {
    return !escaped[k] && Arrays.equals(b, start[k], end[k], ascii, 0, ascii.length);
  }

  /** True when the field is empty (no bytes at all). */
  boolean isEmpty(int k) {
    return start[k] == end[k];
  }

  private int digits(int from, int len) {
    int v = 0;
    for (int i = from; i < from + len; i++) {
      int c = b[i] - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }

  private void grow() {
    start = Arrays.copyOf(start, count * 2);
    end = Arrays.copyOf(end, count * 2);
    escaped = Arrays.copyOf(escaped, count * 2);
  }

  /** Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF), as Java's REPORT decoder checks it. */
  static boolean isUtf8(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (len == 0 || i + len > n) {
        return false;
      }
      int c1 = b[i + 1] & 0xff;
      int lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
      int hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
      if (c1 < lo || c1 > hi) {
        return false;
      }
      for (int k = 2; k < len; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += len;
    }
    return true;
  }
}
