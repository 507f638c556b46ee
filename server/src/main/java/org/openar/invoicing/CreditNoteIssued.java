package org.openar.invoicing;

import java.time.LocalDate;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

/** A credit note was issued against an invoice and posted as the ledger item {@code ledgerItemId}. */
public record CreditNoteIssued(CreditNoteId creditNoteId, InvoiceId invoiceId, CustomerId customerId, String number,
    String invoiceNumber, Money grossAmount, Money appliedAmount, LocalDate creditDate, String reason,
    ItemId ledgerItemId) {}
