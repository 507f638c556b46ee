package org.openar.cashapp.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openar.cashapp.bench.SyntheticPayments.Line;
import org.openar.cashapp.matching.MatchStatus;
import org.openar.cashapp.offline.MatchRow;
import org.openar.cashapp.offline.OfflineInputs.TruthRow;

/**
 * Where the payments the engine did not post correctly come from: each such line by what the generator did to it
 * (its {@code cases}) and what the engine answered. Lines that carry too little to decide by construction are counted
 * apart; what is left of them is the ceiling no engine can pass on this noise model.
 *
 * <p>Undecidable by construction: no reference and a third-party payer, or a payer name the customer master does
 * not know (an English name of a Chinese customer that is not registered as an alias): only the amount links the line
 * to a customer, and receipts from strangers also copy open amounts; no reference and an amount that is not any
 * combination of open amounts (a partial or an overpayment: which invoice is meant is a guess); no reference and a
 * second open invoice of the same customer with the paid amount (two equally good candidates).
 */
final class MissBreakdown {

  private MissBreakdown() {}

  static void print(PrintStream o, List<Line> lines, Map<String, List<TruthRow>> truth, List<MatchRow> rows) {
    Map<String, Set<String>> auto = new HashMap<>();
    Map<String, Set<String>> proposed = new HashMap<>();
    Map<String, MatchStatus> status = new HashMap<>();
    for (MatchRow r : rows) {
      String pair = pair(r.invoiceNumber(), r.applied());
      status.merge(r.lineId(), r.status(), (a, b) -> a == MatchStatus.ON_ACCOUNT ? b : a);
      if (r.status() == MatchStatus.AUTO) {
        auto.computeIfAbsent(r.lineId(), k -> new HashSet<>()).add(pair);
      } else if (r.status() == MatchStatus.SUGGESTED) {
        proposed.computeIfAbsent(r.lineId(), k -> new HashSet<>()).add(pair);
      }
    }
    Map<String, Integer> groups = new TreeMap<>();
    int misses = 0;
    int undecidable = 0;
    int undecidableMissed = 0;
    for (Line l : lines) {
      List<TruthRow> t = truth.get(l.id());
      if (t == null) {
        continue;
      }
      Set<String> expected = new HashSet<>();
      t.forEach(x -> expected.add(pair(x.invoiceNumber(), x.applied())));
      boolean correct = expected.equals(auto.get(l.id()));
      String why = undecidable(l.cases());
      undecidable += why != null ? 1 : 0;
      if (correct) {
        continue;
      }
      misses++;
      undecidableMissed += why != null ? 1 : 0;
      String outcome = auto.containsKey(l.id()) ? "AUTO but wrong"
          : expected.equals(proposed.get(l.id())) ? "SUGGESTED, first suggestion right"
          : status.getOrDefault(l.id(), MatchStatus.UNMATCHED) + (proposed.containsKey(l.id()) ? ", wrong" : "");
      groups.merge((why != null ? "undecidable: " + why : "decidable: " + category(l.cases())) + "  ->  " + outcome,
          1, Integer::sum);
    }
    int total = truth.size();
    o.printf("Lines with a truth not posted correctly: %d (%.2f%% of %d); by what the generator did and what the "
        + "engine answered:%n", misses, 100.0 * misses / total, total);
    groups.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
        .forEach(e -> o.printf("  %6d  %5.2f%%  %s%n", e.getValue(), 100.0 * e.getValue() / total, e.getKey()));
    o.printf("Undecidable by construction: %d lines (%.2f%%), of which the engine posted %d correctly anyway; "
        + "ceiling on this noise model: %.2f%% auto-match%n", undecidable, 100.0 * undecidable / total,
        undecidable - undecidableMissed, 100.0 * (total - undecidable + (undecidable - undecidableMissed)) / total);
  }

  /** Why a line cannot be decided from what it carries, or null when it can. */
  static String undecidable(String cases) {
    if (!cases.contains("ref=none")) {
      return null;
    }
    if (cases.contains("payer=third-party")) {
      return "no reference, third-party payer";
    }
    if (cases.contains("payer=name-not-in-master")) {
      return "no reference, payer name not in the customer master";
    }
    if (cases.contains("amount=partial") || cases.contains("amount=overpaid")) {
      return "no reference, " + value(cases, "amount") + " amount";
    }
    if (cases.contains("same-amount-open")) {
      return "no reference, another open invoice of that amount";
    }
    return null;
  }

  private static String category(String cases) {
    String payer = value(cases, "payer");
    payer = payer.startsWith("third-party") ? "third party" : payer.equals("account") ? "account" : payer;
    String n = value(cases, "n");
    return "ref " + value(cases, "ref") + (cases.contains("typo-is-another-invoice") ? " (another invoice's number)" : "")
        + ", amount " + value(cases, "amount") + ", payer " + payer + (n.equals("1") ? "" : ", " + n + " invoices")
        + (cases.contains("same-amount-open") ? ", another open invoice of that amount" : "");
  }

  private static String value(String cases, String key) {
    for (String part : cases.split(" ")) {
      if (part.startsWith(key + "=")) {
        return part.substring(key.length() + 1);
      }
    }
    return "";
  }

  private static String pair(String invoice, BigDecimal amount) {
    return invoice + "=" + amount.stripTrailingZeros().toPlainString();
  }
}
