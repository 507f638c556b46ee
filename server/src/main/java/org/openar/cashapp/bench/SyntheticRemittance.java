package org.openar.cashapp.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openar.cashapp.bench.SyntheticBook.Item;
import org.openar.cashapp.matching.References;

/** Remittance text as payers write it: exact, mangled, mistyped, structured (RF, QRR) or no reference at all. */
final class SyntheticRemittance {

  private static final String[] NO_REFERENCE = {"payment", "货款", "Zahlung", "Rechnung März", "支付货款 谢谢",
      "Invoice payment", "Ausgleich Konto", "PO 458812", "per contract", ""};
  private final Random rnd;
  private final List<String> lastTypos = new ArrayList<>();

  SyntheticRemittance(Random rnd) {
    this.rnd = rnd;
  }

  /** {free text, structured creditor reference or "", what kind of reference it is (for the breakdown)}. */
  String[] reference(List<Item> items, boolean allowStructured) {
    lastTypos.clear();
    double p = rnd.nextDouble();
    if (p < 0.16) {
      return new String[] {NO_REFERENCE[rnd.nextInt(NO_REFERENCE.length)], "", "none"};
    }
    if (p < 0.24 && allowStructured && items.size() == 1) {
      String number = items.get(0).number();
      String digits = number.replaceAll("\\D", "");
      boolean qrr = number.matches("\\d+") && rnd.nextDouble() < 0.3;
      String ref = qrr ? References.qrr(digits) : References.rf(number.replaceAll("[^A-Za-z0-9]", ""));
      return rnd.nextBoolean() ? new String[] {"", ref, "structured"} : new String[] {grouped(ref), "", "structured"};
    }
    // p is uniform above the slices taken so far; rescaled to [0, 1) it picks the mangling with the documented
    // shares (80% exact, 10% without separators or prefix, 6% without leading zeros, 4% one typo)
    double taken = items.size() == 1 && allowStructured ? 0.24 : 0.16;
    double q = (p - taken) / (1 - taken);
    List<String> parts = new ArrayList<>();
    for (Item i : items) {
      parts.add(mangle(i.number(), q));
    }
    String joined = String.join(rnd.nextBoolean() ? ", " : " / ", parts);
    String[] frames = {"%s", "Rechnung %s", "INV %s", "发票号 %s 货款", "Invoice %s thanks", "RE %s vom 15.01.2026",
        "Payment for %s KD-4711"};
    String kind = q < 0.80 ? "exact" : q < 0.90 ? "no-separators" : q < 0.96 ? "no-zeros" : "typo";
    return new String[] {String.format(frames[rnd.nextInt(frames.length)], joined), "", kind};
  }

  private String mangle(String number, double p) {
    if (p < 0.80) {
      return number;
    }
    if (p < 0.90) {
      return rnd.nextBoolean() ? number.replaceAll("[-/]", "") : number.replaceFirst("^[A-Z]+[-/]?", "").replace('/', '-');
    }
    if (p < 0.96) {
      return number.replaceAll("([-/])0+(\\d)", "$1$2").toLowerCase();
    }
    String t = typo(number);
    lastTypos.add(t);
    return t;
  }

  /** The mistyped numbers of the last reference (to tell whether a typo made another real invoice number). */
  List<String> lastTypos() {
    return lastTypos;
  }

  private String typo(String number) {
    char[] c = number.toCharArray();
    int pos = number.length() - 1 - rnd.nextInt(Math.min(6, number.length() - 1));
    if (rnd.nextBoolean() && pos > 0 && Character.isDigit(c[pos - 1]) && c[pos - 1] != c[pos]) {
      char t = c[pos];
      c[pos] = c[pos - 1];
      c[pos - 1] = t;
    } else {
      c[pos] = (char) ('0' + (c[pos] - '0' + 1 + rnd.nextInt(8)) % 10);
    }
    return new String(c);
  }

  private static String grouped(String ref) {
    StringBuilder sb = new StringBuilder();
    int g = ref.startsWith("RF") ? 4 : 5;
    for (int i = 0; i < ref.length(); i += g) {
      sb.append(i == 0 ? "" : " ").append(ref, i, Math.min(ref.length(), i + g));
    }
    return sb.toString();
  }

  String noise() {
    String[] s = {"Zinsen 2026", "TAX REFUND 2025", "退款", "Gehalt Rueckbuchung", "Erstattung", "Schadensregulierung 88231",
        "利息收入", "interest Q1", "refund order 5541-2231", ""};
    return s[rnd.nextInt(s.length)];
  }
}
