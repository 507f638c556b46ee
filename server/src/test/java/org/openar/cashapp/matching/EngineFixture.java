package org.openar.cashapp.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openar.shared.money.Money;

/** A small book for engine tests: {@code customer(...)}, {@code item(...)}, then {@code engine()} and {@code pay(...)}. */
final class EngineFixture {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  final List<CustomerRecord> customers = new ArrayList<>();
  final List<OpenItem> items = new ArrayList<>();
  private MatchingEngine engine;

  EngineFixture customer(String id, String name, String account, String... aliases) {
    customers.add(new CustomerRecord(id, name, account == null ? List.of() : List.of(account), List.of(aliases)));
    return this;
  }

  EngineFixture item(String number, String customer, String amount, String currency) {
    items.add(new OpenItem(number, customer, Money.of(amount, currency), TODAY.minusDays(40), TODAY.minusDays(10),
        null, null));
    return this;
  }

  EngineFixture discounted(String number, String customer, String amount, String percent, LocalDate until) {
    items.add(new OpenItem(number, customer, Money.of(amount, "CNY"), until.minusDays(10), until.plusDays(20),
        new BigDecimal(percent), until));
    return this;
  }

  MatchingEngine engine() {
    if (engine == null) {
      engine = MatchingEngine.build(customers, items, MatchSettings.DEFAULTS,
          FxRates.of(Map.of("USD/CNY", new BigDecimal("7.20"))));
    }
    return engine;
  }

  LineMatch pay(String amount, String currency, String payer, String account, String text) {
    return engine().match(new Receipt("L1", TODAY, Money.of(amount, currency), payer, account, text, List.of(), ""));
  }

  LineMatch payStructured(String amount, String reference) {
    return engine().match(new Receipt("L1", TODAY, Money.of(amount, "CNY"), "", "", "", List.of(reference), ""));
  }

  /** "invoice=applied" pairs of the best proposal. */
  static List<String> allocations(LineMatch m) {
    return m.best() == null ? List.of() : m.best().allocations().stream()
        .map(a -> a.invoiceNumber() + "=" + a.applied().amount().toPlainString()).toList();
  }
}
