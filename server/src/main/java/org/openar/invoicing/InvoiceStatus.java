package org.openar.invoicing;

/**
 * The life of an invoice document: a DRAFT is editable and has no number; ISSUED has its number and is in the ledger,
 * never to change again; CANCELLED is an issued invoice fully credited by credit notes (it stays, with its number).
 */
public enum InvoiceStatus {
  DRAFT,
  ISSUED,
  CANCELLED
}
