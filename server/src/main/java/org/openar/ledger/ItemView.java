package org.openar.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

/**
 * One open item as stored. Debits carry a {@code dueDate}, credits a {@code valueDate}; {@code paymentTerms} is the
 * snapshot taken when an invoice was posted (for early-payment discounts), {@code installmentNo} is set when invoicing
 * posted an installment of a document. {@code reversesItemId} is set on REVERSAL entries; {@code batchId} on items that
 * came in through {@link Ledger#postBulk}.
 */
public record ItemView(
    ItemId id,
    CompanyId companyId,
    CustomerId customerId,
    ItemType type,
    Side side,
    String documentNumber,
    Integer installmentNo,
    Money originalAmount,
    Money openAmount,
    LocalDate documentDate,
    LocalDate dueDate,
    LocalDate valueDate,
    PaymentTerms paymentTerms,
    String reference,
    String description,
    String externalRef,
    ItemStatus status,
    ItemId reversesItemId,
    UUID batchId,
    Instant createdAt,
    String createdBy) {

  public CurrencyCode currency() {
    return originalAmount.currency();
  }

  /** The date from which the item counts in balances and aging: document date for debits, value date for credits. */
  public LocalDate ledgerDate() {
    return side == Side.DEBIT ? documentDate : valueDate;
  }
}
