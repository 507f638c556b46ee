package org.openar.invoicing;

import java.util.List;

/**
 * Writing invoice documents. Every refusal is an {@link org.openar.shared.error.OpenArException} with an
 * {@link InvoicingError} (or shared, or ledger) code, on the request field it is about, and writes nothing. Every
 * change is audited in its own transaction.
 */
public interface Invoicing {

  /** Saves a new draft (no number, nothing in the ledger). */
  InvoiceView createDraft(InvoiceDraft draft);

  /**
   * Replaces a draft's content.
   *
   * @throws org.openar.shared.error.OpenArException INVOICING_STALE_VERSION when {@code version} is not the current
   *     one, INVOICING_NOT_DRAFT once the invoice is issued
   */
  InvoiceView updateDraft(InvoiceId id, long version, InvoiceDraft draft);

  /** Discards a draft (issued invoices are never deleted: credit them). */
  void discardDraft(InvoiceId id, long version);

  /** Computes defaults, lines, totals and installments of a would-be invoice without saving anything. */
  InvoicePreview preview(InvoiceDraft draft);

  /**
   * Issues a draft: takes the next number of the company's sequence for the invoice year and posts one ledger debit
   * per installment, all in one transaction. {@code version} null skips the staleness check.
   *
   * @throws org.openar.shared.error.OpenArException INVOICING_ALREADY_ISSUED when it is issued already
   */
  InvoiceView issue(InvoiceId id, Long version);

  /**
   * Creates and issues many invoices in one transaction, each exactly as {@link #createDraft} followed by
   * {@link #issue} would (same checks, a number per invoice in request order within its company and year, one ledger
   * debit per installment, the same audit records and {@link InvoiceIssued} events), written in batches. All or
   * nothing: the first refused draft throws and nothing is written. Returns the issued invoices in request order.
   */
  List<InvoiceView> issueAll(List<InvoiceDraft> drafts);

  /**
   * Issues many credit notes in one transaction, each exactly as {@link #issueCreditNote} would (same checks, a number
   * per note in request order, the CREDIT_NOTE item allocated to the invoice's open installments oldest due first,
   * the same audit records and events), written in batches. Each invoice at most once per call (INVALID_VALUE on
   * {@code invoiceId} otherwise). All or nothing. Returns the credit notes in request order.
   */
  List<CreditNoteView> issueCreditNotes(List<CreditNoteRequest> requests);

  /** Computes a credit note without saving it (same checks as {@link #issueCreditNote}). */
  CreditNotePreview previewCreditNote(CreditNoteRequest request);

  /**
   * Issues a credit note against an issued invoice: numbers it, posts it as a CREDIT_NOTE item and allocates it to the
   * invoice's open installments, oldest due first. A credit note that leaves nothing creditable cancels the invoice.
   *
   * @throws org.openar.shared.error.OpenArException INVOICING_OVER_CREDIT when it would credit more than is left
   */
  CreditNoteView issueCreditNote(CreditNoteRequest request);
}
