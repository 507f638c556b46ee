package org.openar.invoicing;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;

/**
 * Reading invoice documents, limited to what the current actor may see: a SALES_REP only its own customers' documents
 * (others are "not found"), the system actor everything.
 */
public interface InvoiceQueries {

  Optional<InvoiceView> find(InvoiceId id);

  /** @throws org.openar.shared.error.OpenArException INVOICING_INVOICE_NOT_FOUND */
  InvoiceView get(InvoiceId id);

  Page<InvoiceSummary> search(InvoiceSearch search, PageQuery page);

  /** @throws org.openar.shared.error.OpenArException INVOICING_CREDIT_NOTE_NOT_FOUND */
  CreditNoteView getCreditNote(CreditNoteId id);

  List<CreditNoteView> creditNotesOf(InvoiceId id);

  Page<CreditNoteSummary> searchCreditNotes(CreditNoteSearch search, PageQuery page);

  /** The invoice as a PDF in {@code locale} (zh-CN or en); a draft is marked as such and has no number. */
  byte[] invoicePdf(InvoiceId id, Locale locale);

  byte[] creditNotePdf(CreditNoteId id, Locale locale);

  /**
   * Writes the matching invoices as CSV (UTF-8 with BOM, headers and statuses in {@code locale}) in the order of
   * {@code order}'s sort, at most {@code limit} rows; returns how many rows were written.
   */
  int exportInvoices(InvoiceSearch search, PageQuery order, Locale locale, int limit, OutputStream out);

  int exportCreditNotes(CreditNoteSearch search, PageQuery order, Locale locale, int limit, OutputStream out);
}
