package org.openar.ledger.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.Side;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

/** What never changes about an item once posted. Amounts in minor units of {@code currency}. */
public record ItemFacts(
    ItemId id,
    CompanyId companyId,
    CustomerId customerId,
    ItemType type,
    Side side,
    String documentNumber,
    Integer installmentNo,
    CurrencyCode currency,
    long originalMinor,
    LocalDate documentDate,
    LocalDate dueDate,
    LocalDate valueDate,
    PaymentTerms terms,
    String reference,
    String description,
    String externalRef,
    ItemId reversesItemId) {

  public ItemFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(documentDate, "documentDate");
    if (originalMinor <= 0) {
      throw new IllegalArgumentException("an item's amount is positive: " + originalMinor);
    }
    if (type.side() != null && type.side() != side) {
      throw new IllegalArgumentException(type + " is always a " + type.side());
    }
    if (side == Side.DEBIT ? dueDate == null || valueDate != null : valueDate == null || dueDate != null) {
      throw new IllegalArgumentException("debits have a due date, credits a value date");
    }
  }

  /** The date from which the item exists for balances and aging. */
  public LocalDate ledgerDate() {
    return side == Side.DEBIT ? documentDate : valueDate;
  }

  public Money original() {
    return Money.ofMinor(originalMinor, currency);
  }
}
