package org.openar.cashapp.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.openar.shared.money.Money;

/**
 * An open receivable the engine may clear: from the ledger, or from {@code I.csv}. The early-payment discount is
 * {@code discountPercent} of the open amount for a payment on or before {@code discountUntil} (both null when the item
 * offers none; the ledger fills them from the invoice's {@code PaymentTerms}).
 */
public record OpenItem(
    String invoiceNumber,
    String customerId,
    Money open,
    LocalDate invoiceDate,
    LocalDate dueDate,
    BigDecimal discountPercent,
    LocalDate discountUntil) {

  public OpenItem {
    Objects.requireNonNull(invoiceNumber, "invoiceNumber");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(open, "open");
    if ((discountPercent == null) != (discountUntil == null)) {
      throw new IllegalArgumentException("discount percent and discount date go together (" + invoiceNumber + ")");
    }
  }

  public boolean offersDiscount() {
    return discountPercent != null && discountPercent.signum() > 0;
  }
}
