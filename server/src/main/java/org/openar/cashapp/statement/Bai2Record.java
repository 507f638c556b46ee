package org.openar.cashapp.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * One logical BAI2 record: its type (01, 02, 03, 16, 49, 88, 98, 99), its comma-separated fields with the terminating
 * {@code /} removed, and the line it started on. Text fields of 16 records keep their commas (the text is the rest).
 */
record Bai2Record(String type, List<String> fields, String raw, int line) {

  static Bai2Record of(String rawLine, int line) {
    String s = rawLine.strip();
    int comma = s.indexOf(',');
    String type = comma < 0 ? s.replace("/", "") : s.substring(0, comma);
    String body = comma < 0 ? "" : s.substring(comma + 1);
    return new Bai2Record(type, split(body), body, line);
  }

  /** Splits at commas; a final {@code /} ends the record (anything after it is padding). */
  static List<String> split(String body) {
    String b = body;
    int slash = b.lastIndexOf('/');
    if (slash >= 0 && b.substring(slash + 1).isBlank()) {
      b = b.substring(0, slash);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= b.length(); i++) {
      if (i == b.length() || b.charAt(i) == ',') {
        out.add(b.substring(start, i).strip());
        start = i + 1;
      }
    }
    return out;
  }

  String field(int i) {
    return i < fields.size() ? fields.get(i) : "";
  }
}
