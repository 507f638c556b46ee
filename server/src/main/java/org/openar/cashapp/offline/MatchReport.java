package org.openar.cashapp.offline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openar.cashapp.matching.LineMatch;
import org.openar.cashapp.matching.MatchStatus;
import org.openar.cashapp.matching.Receipt;

/** Writes M.csv and prints the payment-level (one per credit line) and line-level (one per M.csv row) statistics. */
public final class MatchReport {

  private MatchReport() {}

  public static List<MatchRow> rows(List<LineMatch> matches) {
    List<MatchRow> rows = new ArrayList<>(matches.size() + matches.size() / 4);
    matches.forEach(m -> rows.addAll(MatchRow.of(m)));
    return rows;
  }

  public static void write(Path out, List<MatchRow> rows) {
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
      csv.printRecord(MatchRow.HEADER);
      for (MatchRow r : rows) {
        csv.printRecord(r.cells());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  /** The statistics of one run: {@code statuses.get(i)} is the outcome of {@code receipts.get(i)}. */
  public static void print(PrintStream out, List<Receipt> receipts, List<MatchStatus> statuses, List<MatchRow> rows) {
    Map<MatchStatus, Integer> payments = new EnumMap<>(MatchStatus.class);
    Map<MatchStatus, BigDecimal> paymentAmounts = new EnumMap<>(MatchStatus.class);
    for (int i = 0; i < receipts.size(); i++) {
      payments.merge(statuses.get(i), 1, Integer::sum);
      paymentAmounts.merge(statuses.get(i), receipts.get(i).amount().amount(), BigDecimal::add);
    }
    out.printf("Payments (credit lines): %d%n", receipts.size());
    for (MatchStatus s : MatchStatus.values()) {
      int n = payments.getOrDefault(s, 0);
      out.printf("  %-11s %8d  %6.2f%%  amount %s%n", s, n, pct(n, receipts.size()),
          paymentAmounts.getOrDefault(s, BigDecimal.ZERO).toPlainString());
    }
    Map<MatchStatus, Integer> lines = new EnumMap<>(MatchStatus.class);
    BigDecimal discount = BigDecimal.ZERO;
    for (MatchRow r : rows) {
      lines.merge(r.status(), 1, Integer::sum);
      discount = discount.add(r.discount());
    }
    out.printf("Allocation lines (M.csv rows): %d%n", rows.size());
    for (MatchStatus s : MatchStatus.values()) {
      out.printf("  %-11s %8d%n", s, lines.getOrDefault(s, 0));
    }
    out.printf("  discounts granted: %s (sum over currencies)%n", discount.toPlainString());
  }

  static double pct(long n, long of) {
    return of == 0 ? 0 : 100.0 * n / of;
  }
}
