package org.openar.collections.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openar.ledger.FxTable;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * The overdue total of items in one currency: items in that currency count as they are, items in others converted
 * with the run date's rates where a rate exists (an item without a rate does not count towards a minimum).
 */
record OverdueTotal(Money amount) {

  static OverdueTotal of(List<ItemStanding> items, LocalDate asOf, CurrencyCode currency, FxTable fx) {
    Money total = Money.zero(currency);
    for (ItemStanding s : items) {
      Money open = s.item().open();
      if (s.days() <= 0) {
        continue;
      }
      if (open.currency().equals(currency)) {
        total = total.plus(open);
      } else if (fx != null && fx.target().equals(currency) && fx.canConvert(open.currency())) {
        total = total.plus(fx.convert(open));
      }
    }
    return new OverdueTotal(total);
  }

  /** "12345.60 CNY, 300.00 USD": the overdue amounts per currency. */
  static String describe(List<ItemStanding> items, LocalDate asOf) {
    Map<String, Money> byCurrency = new TreeMap<>();
    for (ItemStanding s : items) {
      if (s.days() > 0) {
        byCurrency.merge(s.item().open().currency().code(), s.item().open(), Money::plus);
      }
    }
    return byCurrency.values().stream().map(m -> m.amount().toPlainString() + " " + m.currency().code())
        .collect(Collectors.joining(", "));
  }
}
