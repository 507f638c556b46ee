package org.openar.cashapp.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openar.cashapp.matching.MatchStatus;
import org.openar.cashapp.matching.OpenItems;
import org.openar.cashapp.matching.Receipt;
import org.openar.cashapp.offline.MatchRow;
import org.openar.shared.money.Money;

/**
 * The simple rule many AR tools start with, for comparison: the remittance text contains invoice numbers exactly as
 * issued (space- or comma-separated) and the amount equals their open amounts summed, in the same currency. Such a line
 * is AUTO; everything else is left to a person.
 */
final class BaselineMatcher {

  private final Map<String, Integer> byNumber = new HashMap<>();
  private final OpenItems items;

  BaselineMatcher(OpenItems items) {
    this.items = items;
    for (int i = 0; i < items.size(); i++) {
      byNumber.put(items.invoiceNumber(i), i);
    }
  }

  List<MatchRow> match(List<Receipt> receipts) {
    List<MatchRow> rows = new ArrayList<>(receipts.size());
    for (Receipt r : receipts) {
      List<Money> found = new ArrayList<>();
      List<Integer> which = new ArrayList<>();
      for (String token : (r.remittance() + " " + String.join(" ", r.references())).split("[\\s,;]+")) {
        Integer i = byNumber.get(token);
        if (i != null && !which.contains(i)) {
          which.add(i);
          found.add(items.open(i));
        }
      }
      BigDecimal sum = found.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      boolean sameCurrency = found.stream().allMatch(m -> m.currency().equals(r.amount().currency()));
      if (!found.isEmpty() && sameCurrency && sum.compareTo(r.amount().amount()) == 0) {
        which.forEach(i -> rows.add(new MatchRow(r.lineId(), items.customerId(i), items.invoiceNumber(i),
            items.open(i).amount(), BigDecimal.ZERO, MatchStatus.AUTO)));
      } else {
        rows.add(new MatchRow(r.lineId(), "", "", r.amount().amount(), BigDecimal.ZERO, MatchStatus.UNMATCHED));
      }
    }
    return rows;
  }
}
