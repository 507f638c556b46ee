package org.openar.invoicing;

import org.openar.customers.CustomerId;

/** An invoice is fully credited: the credit note {@code byCreditNote} cancelled it. */
public record InvoiceCancelled(InvoiceId invoiceId, CustomerId customerId, String number, CreditNoteId byCreditNote) {}
