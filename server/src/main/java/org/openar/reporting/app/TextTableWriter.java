package org.openar.reporting.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openar.shared.money.Money;

/**
 * An aligned text table for a terminal: numbers right-aligned, a rule under the header. Column widths come from the
 * first rows (a long report is streamed, not held), later wider values simply push their row out. CJK characters count
 * as two columns, as terminals show them.
 */
public final class TextTableWriter implements TableWriter {

  private static final int SAMPLE = 500;

  private final PrintWriter out;
  private final List<List<String>> pending = new ArrayList<>();
  private final List<Boolean> numeric = new ArrayList<>();
  private List<String> header;
  private int[] widths;
  private boolean firstSheet = true;

  public TextTableWriter(OutputStream stream) {
    out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
  }

  @Override
  public void sheet(String name, List<String> columns) {
    flushPending();
    if (!firstSheet) {
      out.println();
    }
    firstSheet = false;
    out.println(name);
    header = columns;
    widths = null;
    numeric.clear();
  }

  @Override
  public void row(List<?> values) {
    List<String> cells = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      cells.add(v == null ? "" : v instanceof Money m ? m.amount().toPlainString() : v.toString());
      boolean number = v instanceof Money || v instanceof Number;
      if (numeric.size() <= i) {
        numeric.add(number);
      } else if (number) {
        numeric.set(i, true);
      }
    }
    if (widths == null) {
      pending.add(cells);
      if (pending.size() >= SAMPLE) {
        flushPending();
      }
    } else {
      print(cells);
    }
  }

  @Override
  public void finish() {
    flushPending();
    out.flush();
  }

  @Override
  public void close() {
    finish();
  }

  private void flushPending() {
    if (header == null || widths != null) {
      return;
    }
    widths = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      widths[i] = width(header.get(i));
    }
    pending.forEach(r -> {
      for (int i = 0; i < r.size() && i < widths.length; i++) {
        widths[i] = Math.max(widths[i], width(r.get(i)));
      }
    });
    print(header);
    StringBuilder rule = new StringBuilder();
    for (int w : widths) {
      rule.append("-".repeat(w)).append("  ");
    }
    out.println(rule.toString().stripTrailing());
    pending.forEach(this::print);
    pending.clear();
  }

  private void print(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      int pad = Math.max(0, (i < widths.length ? widths[i] : 0) - width(c));
      boolean right = i < numeric.size() && numeric.get(i) && cells != header;
      line.append(right ? " ".repeat(pad) + c : c + " ".repeat(pad)).append("  ");
    }
    out.println(line.toString().stripTrailing());
  }

  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
          || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
          || cp >= 0xFFE0 && cp <= 0xFFE6) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }
}
