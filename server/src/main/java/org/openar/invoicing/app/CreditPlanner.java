package org.openar.invoicing.app;

import java.time.LocalDate;
import java.util.List;
import org.openar.invoicing.CreditNoteLine;
import org.openar.invoicing.CreditNoteRequest;
import org.openar.invoicing.CreditNoteView;
import org.openar.invoicing.InvoiceStatus;
import org.openar.invoicing.InvoiceView;
import org.openar.invoicing.InvoicingError;
import org.openar.invoicing.domain.CreditRules;
import org.openar.invoicing.domain.CreditState;
import org.openar.invoicing.domain.Crediting;
import org.openar.invoicing.domain.Violations;
import org.openar.invoicing.persistence.CreditNoteRepository;
import org.openar.invoicing.persistence.InvoiceRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.springframework.stereotype.Component;

/** Works out a credit note against the invoice and its earlier credit notes: the shared part of preview and issue. */
@Component
public class CreditPlanner {

  private final InvoiceRepository invoices;
  private final CreditNoteRepository notes;

  public CreditPlanner(InvoiceRepository invoices, CreditNoteRepository notes) {
    this.invoices = invoices;
    this.notes = notes;
  }

  public record Plan(InvoiceView invoice, LocalDate creditDate, Crediting.Credit credit) {}

  /** {@code lock}: take the invoice's row lock first, so what is left cannot change until the caller commits. */
  public Plan plan(CreditNoteRequest r, LocalDate today, boolean lock) {
    if (r.invoiceId() == null) {
      throw new OpenArException(SharedError.MISSING_FIELD, "invoiceId").onField("invoiceId");
    }
    InvoiceView invoice = invoices.find(r.invoiceId(), today, lock).orElseThrow(() -> new OpenArException(
        InvoicingError.INVOICING_INVOICE_NOT_FOUND, r.invoiceId()).onField("invoiceId"));
    if (invoice.status() == InvoiceStatus.DRAFT) {
      throw new OpenArException(InvoicingError.INVOICING_NOT_ISSUED, r.invoiceId()).onField("invoiceId");
    }
    List<CreditNoteLine> earlier = notes.ofInvoice(invoice.id()).stream().map(CreditNoteView::lines)
        .flatMap(List::stream).toList();
    return plan(r, today, invoice, earlier);
  }

  /** {@link #plan(CreditNoteRequest, LocalDate, boolean)} with the invoice and its earlier credit lines at hand. */
  public Plan plan(CreditNoteRequest r, LocalDate today, InvoiceView invoice, List<CreditNoteLine> earlier) {
    CreditState state = new CreditState(invoice.currency(), invoice.lines(), invoice.taxGroups(), earlier);
    LocalDate creditDate = r.creditDate() != null ? r.creditDate() : today;
    Violations.throwIfAny(CreditRules.check(r, creditDate, invoice.invoiceDate(), today, state));
    Crediting.Credit credit = Crediting.compute(r, state, invoice.pricesIncludeTax(),
        invoice.taxRounding().policy().mode());
    return new Plan(invoice, creditDate, credit);
  }
}
