package org.openar.cashapp.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits MT940/MT942 text into messages of tags. Real files wrap the SWIFT block 4 in anything: FIN headers
 * ({@code {1:...}{2:...}{4:}), SOH/ETX control characters, bank banners ({@code ABNANL2A / 940}, {@code :940:}), blank
 * lines, {@code -} or {@code -}}} terminators or none; continuation lines belong to the tag above them.
 */
final class Mt940Tokenizer {

  record Tag(String name, String value, int line) {}

  /** Only the tags of MT940/942: a wrapped line that happens to start like ":12:" (a wrapped time) is text. */
  private static final Pattern TAG =
      Pattern.compile("^:(20|21|25|25P|28|28C|60F|60M|61|62F|62M|64|65|86|13|13D|34F|90D|90C|NS):(.*)$");
  private static final Pattern BLOCK4_START = Pattern.compile("^\\{1:[^}]*}(\\{2:[^}]*})?(\\{3:(\\{[^}]*})*})?\\{4:\\s*$");

  private Mt940Tokenizer() {}

  static List<List<Tag>> messages(String text) {
    List<List<Tag>> messages = new ArrayList<>();
    List<Tag> current = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    StringBuilder value = null;
    String name = null;
    int tagLine = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = clean(lines[i]);
      Matcher m = TAG.matcher(line);
      boolean end = isEnd(line);
      if (m.matches() || end || BLOCK4_START.matcher(line).matches()) {
        if (name != null) {
          current.add(new Tag(name, value.toString(), tagLine));
          name = null;
        }
        if (m.matches()) {
          if (m.group(1).equals("20") && hasStatement(current)) {
            messages.add(current);
            current = new ArrayList<>();
          }
          name = m.group(1);
          value = new StringBuilder(m.group(2));
          tagLine = i + 1;
        } else if (end && !current.isEmpty()) {
          messages.add(current);
          current = new ArrayList<>();
        }
      } else if (name != null && !line.isEmpty()) {
        value.append('\n').append(line);
      }
    }
    if (name != null) {
      current.add(new Tag(name, value.toString(), tagLine));
    }
    if (!current.isEmpty()) {
      messages.add(current);
    }
    return messages;
  }

  private static boolean hasStatement(List<Tag> tags) {
    return tags.stream().anyMatch(t -> !t.name().equals("NS"));
  }

  private static boolean isEnd(String line) {
    return line.equals("-") || line.startsWith("-}") || line.matches("-[A-Z]{0,4}") || line.startsWith("{5:");
  }

  private static String clean(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= ' ' || c == '\t') {
        sb.append(c);
      }
    }
    return sb.toString().stripTrailing();
  }
}
