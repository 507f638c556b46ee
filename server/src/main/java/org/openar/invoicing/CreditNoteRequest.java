package org.openar.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openar.shared.money.Money;

/**
 * A credit note to issue against an invoice. {@code creditDate} defaults to today; it may not precede the invoice date
 * nor lie in the future. {@code reason} is required. LINES takes {@code lines}, AMOUNT takes {@code amount} (gross, in
 * the invoice's currency), FULL neither.
 */
public record CreditNoteRequest(
    InvoiceId invoiceId,
    LocalDate creditDate,
    CreditMode mode,
    String reason,
    List<Line> lines,
    Money amount) {

  public CreditNoteRequest {
    lines = lines == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lines));
  }

  /** Credits {@code quantity} of invoice line {@code lineNo}; no quantity means all of it that is still creditable. */
  public record Line(Integer lineNo, BigDecimal quantity) {}
}
