package org.openar.cashapp.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openar.cashapp.matching.MatchStatus;
import org.openar.cashapp.matching.OpenItem;
import org.openar.cashapp.matching.Receipt;
import org.openar.cashapp.offline.MatchRow;

/**
 * The simple rule many AR tools start with, for comparison: the remittance text contains invoice numbers exactly as
 * issued (space- or comma-separated) and the amount equals their open amounts summed, in the same currency. Such a line
 * is AUTO; everything else is left to a person.
 */
final class BaselineMatcher {

  private final Map<String, OpenItem> byNumber = new HashMap<>();

  BaselineMatcher(List<OpenItem> items) {
    items.forEach(i -> byNumber.put(i.invoiceNumber(), i));
  }

  List<MatchRow> match(List<Receipt> receipts) {
    List<MatchRow> rows = new ArrayList<>(receipts.size());
    for (Receipt r : receipts) {
      List<OpenItem> found = new ArrayList<>();
      for (String token : (r.remittance() + " " + String.join(" ", r.references())).split("[\\s,;]+")) {
        OpenItem i = byNumber.get(token);
        if (i != null && !found.contains(i)) {
          found.add(i);
        }
      }
      BigDecimal sum = found.stream().map(i -> i.open().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
      boolean sameCurrency = found.stream().allMatch(i -> i.open().currency().equals(r.amount().currency()));
      if (!found.isEmpty() && sameCurrency && sum.compareTo(r.amount().amount()) == 0) {
        found.forEach(i -> rows.add(new MatchRow(r.lineId(), i.customerId(), i.invoiceNumber(), i.open().amount(),
            BigDecimal.ZERO, MatchStatus.AUTO)));
      } else {
        rows.add(new MatchRow(r.lineId(), "", "", r.amount().amount(), BigDecimal.ZERO, MatchStatus.UNMATCHED));
      }
    }
    return rows;
  }
}
