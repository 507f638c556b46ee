package org.openar.ledger;

import java.time.LocalDate;
import java.util.Random;
import org.openar.customers.CustomerId;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

/** Random but reproducible items for the randomized database test: two customers, CNY and JPY, recent dates. */
final class RandomItems {

  private final Random random;
  private final LedgerFixture f;
  private final LocalDate today;

  RandomItems(Random random, LedgerFixture f, LocalDate today) {
    this.random = random;
    this.f = f;
    this.today = today;
  }

  Ledger.PostItem debit() {
    LocalDate date = date();
    boolean terms = random.nextInt(3) == 0;
    return new Ledger.PostItem(random.nextInt(5) == 0 ? ItemType.FEE : ItemType.INVOICE, null, customer(),
        LedgerFixture.unique("D"), null, amount(), date, terms ? null : date.plusDays(random.nextInt(60) - 3), null,
        terms ? PaymentTerms.parse("2/10,1/20,NET30") : null, null, null, null);
  }

  Ledger.PostItem credit() {
    LocalDate date = date();
    ItemType type = switch (random.nextInt(3)) {
      case 0 -> ItemType.CREDIT_NOTE;
      case 1 -> ItemType.ADVANCE;
      default -> ItemType.PAYMENT;
    };
    return new Ledger.PostItem(type, null, customer(), LedgerFixture.unique("C"), null, amount(), date, null, date,
        null, null, null, null);
  }

  CustomerId customer() {
    return random.nextInt(4) == 0 ? f.globex.id() : f.acme.id();
  }

  Money amount() {
    return Money.ofMinor(1 + random.nextInt(40_000), random.nextInt(6) == 0 ? CurrencyCode.of("JPY")
        : CurrencyCode.CNY);
  }

  LocalDate date() {
    return today.minusDays(random.nextInt(200) - 3);
  }
}
