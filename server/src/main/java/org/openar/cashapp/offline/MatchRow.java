package org.openar.cashapp.offline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openar.cashapp.matching.Allocation;
import org.openar.cashapp.matching.LineMatch;
import org.openar.cashapp.matching.MatchStatus;
import org.openar.cashapp.matching.Proposal;

/**
 * One row of M.csv: {@code line_id,customer_id,invoice_number,applied_amount,discount_amount,status}. AUTO and
 * SUGGESTED lines give a row per allocation of their best proposal and an ON_ACCOUNT row for any remainder; ON_ACCOUNT
 * lines one row with the customer; UNMATCHED lines one row with neither customer nor invoice. A line's applied
 * amounts always add up to the line amount.
 */
public record MatchRow(String lineId, String customerId, String invoiceNumber, BigDecimal applied, BigDecimal discount,
    MatchStatus status) {

  public static final List<String> HEADER = List.of("line_id", "customer_id", "invoice_number", "applied_amount",
      "discount_amount", "status");

  public static List<MatchRow> of(LineMatch m) {
    String id = m.receipt().lineId();
    BigDecimal zero = BigDecimal.ZERO.setScale(m.receipt().amount().currency().minorDigits());
    List<MatchRow> rows = new ArrayList<>();
    Proposal p = m.best();
    switch (m.status()) {
      case AUTO, SUGGESTED -> {
        for (Allocation a : p.allocations()) {
          rows.add(new MatchRow(id, a.customerId(), a.invoiceNumber(), a.applied().amount(), a.discount().amount(),
              m.status()));
        }
        if (p.onAccount().isPositive()) {
          rows.add(new MatchRow(id, p.customerId(), "", p.onAccount().amount(), zero, MatchStatus.ON_ACCOUNT));
        }
      }
      case ON_ACCOUNT -> rows.add(new MatchRow(id, p.customerId(), "", m.receipt().amount().amount(), zero,
          MatchStatus.ON_ACCOUNT));
      case UNMATCHED -> rows.add(new MatchRow(id, "", "", m.receipt().amount().amount(), zero, MatchStatus.UNMATCHED));
    }
    return rows;
  }

  public List<String> cells() {
    return List.of(lineId, customerId, invoiceNumber, applied.toPlainString(), discount.toPlainString(), status.name());
  }
}
