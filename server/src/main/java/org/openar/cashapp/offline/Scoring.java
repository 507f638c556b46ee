package org.openar.cashapp.offline;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.cashapp.matching.MatchStatus;

/**
 * Accuracy against a truth file, as the contract defines it: a line is correct when the set of (invoice, applied
 * amount) pairs it marks AUTO equals its true set to the cent; auto-match rate = correct AUTO lines / lines with a
 * truth; precision = correct AUTO lines / all AUTO lines. The hit rate also counts SUGGESTED lines whose first
 * suggestion is the truth (what a clerk accepts with one click).
 */
public record Scoring(int truthLines, int autoLines, int correctAuto, int hitLines, int nonCustomerLines,
    int nonCustomerKeptOut) {

  public static Scoring score(List<MatchRow> rows, Map<String, List<OfflineInputs.TruthRow>> truth) {
    Map<String, Set<String>> auto = new LinkedHashMap<>();
    Map<String, Set<String>> proposed = new HashMap<>();
    for (MatchRow r : rows) {
      if (r.status() == MatchStatus.AUTO) {
        auto.computeIfAbsent(r.lineId(), k -> new HashSet<>()).add(pair(r.invoiceNumber(), r.applied()));
      }
      if (r.status() == MatchStatus.AUTO || r.status() == MatchStatus.SUGGESTED) {
        proposed.computeIfAbsent(r.lineId(), k -> new HashSet<>()).add(pair(r.invoiceNumber(), r.applied()));
      }
    }
    Map<String, Set<String>> expected = new HashMap<>();
    truth.forEach((line, list) -> {
      Set<String> s = new HashSet<>();
      list.forEach(t -> s.add(pair(t.invoiceNumber(), t.applied())));
      expected.put(line, s);
    });
    int correct = 0;
    for (Map.Entry<String, Set<String>> e : auto.entrySet()) {
      correct += e.getValue().equals(expected.get(e.getKey())) ? 1 : 0;
    }
    int hits = 0;
    for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
      hits += e.getValue().equals(proposed.get(e.getKey())) ? 1 : 0;
    }
    Set<String> allLines = new HashSet<>();
    rows.forEach(r -> allLines.add(r.lineId()));
    int nonCustomer = 0;
    int keptOut = 0;
    for (String line : allLines) {
      if (!expected.containsKey(line)) {
        nonCustomer++;
        keptOut += auto.containsKey(line) ? 0 : 1;
      }
    }
    return new Scoring(expected.size(), auto.size(), correct, hits, nonCustomer, keptOut);
  }

  private static String pair(String invoice, BigDecimal amount) {
    return invoice + "=" + amount.stripTrailingZeros().toPlainString();
  }

  public double autoMatchRate() {
    return truthLines == 0 ? 0 : (double) correctAuto / truthLines;
  }

  public double precision() {
    return autoLines == 0 ? 1 : (double) correctAuto / autoLines;
  }

  public double hitRate() {
    return truthLines == 0 ? 0 : (double) hitLines / truthLines;
  }

  public void print(PrintStream out) {
    out.printf("Accuracy against the truth file:%n");
    out.printf("  auto-match rate   %7.3f%%  (%d correct AUTO lines / %d lines with a truth)%n",
        100 * autoMatchRate(), correctAuto, truthLines);
    out.printf("  precision         %7.3f%%  (%d correct / %d AUTO lines)%n", 100 * precision(), correctAuto, autoLines);
    out.printf("  line-level hit    %7.3f%%  (%d lines whose AUTO or first suggestion is the truth)%n",
        100 * hitRate(), hitLines);
    out.printf("  receipts without a truth kept out of AUTO: %d of %d%n", nonCustomerKeptOut, nonCustomerLines);
  }
}
