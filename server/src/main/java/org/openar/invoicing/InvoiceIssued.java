package org.openar.invoicing;

import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

/** An invoice was issued: numbered and posted to the ledger as {@code ledgerItems} (one per installment, in order). */
public record InvoiceIssued(InvoiceId invoiceId, CompanyId companyId, CustomerId customerId, String number,
    Money grossAmount, Money taxAmount, LocalDate invoiceDate, LocalDate dueDate, List<ItemId> ledgerItems) {

  public InvoiceIssued {
    ledgerItems = List.copyOf(ledgerItems);
  }
}
