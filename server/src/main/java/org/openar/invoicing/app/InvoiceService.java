package org.openar.invoicing.app;

import java.time.Clock;
import java.time.Instant;
import org.openar.audit.AuditTrail;
import org.openar.invoicing.CreditNotePreview;
import org.openar.invoicing.CreditNoteRequest;
import org.openar.invoicing.CreditNoteView;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.InvoicePreview;
import org.openar.invoicing.InvoiceStatus;
import org.openar.invoicing.InvoiceView;
import org.openar.invoicing.Invoicing;
import org.openar.invoicing.InvoicingError;
import org.openar.invoicing.domain.Pricing;
import org.openar.invoicing.persistence.InvoiceContent;
import org.openar.invoicing.persistence.InvoiceRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The invoicing facade: drafts here, issuing in {@link Issuer}, credit notes in {@link CreditNoteIssuer}. */
@Service
public class InvoiceService implements Invoicing {

  private final DraftResolver resolver;
  private final InvoiceRepository invoices;
  private final Issuer issuer;
  private final BulkIssuer bulkIssuer;
  private final CreditNoteIssuer creditNotes;
  private final AuditTrail audit;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public InvoiceService(DraftResolver resolver, InvoiceRepository invoices, Issuer issuer, BulkIssuer bulkIssuer,
      CreditNoteIssuer creditNotes, AuditTrail audit, BusinessCalendar calendar, Clock clock) {
    this.resolver = resolver;
    this.invoices = invoices;
    this.issuer = issuer;
    this.bulkIssuer = bulkIssuer;
    this.creditNotes = creditNotes;
    this.audit = audit;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  @Transactional
  public InvoiceView createDraft(InvoiceDraft draft) {
    InvoiceContent content = resolver.resolve(draft);
    InvoiceId id = new InvoiceId(Ids.newId());
    invoices.insert(id, content, Instant.now(clock), CurrentActor.get().username());
    InvoiceView created = invoices.find(id, calendar.today(), false).orElseThrow();
    audit.record("invoicing.invoice", id.toString(), "draft-created", null, created);
    return created;
  }

  @Override
  @Transactional
  public InvoiceView updateDraft(InvoiceId id, long version, InvoiceDraft draft) {
    InvoiceView before = editable(id, version);
    InvoiceContent content = resolver.resolve(draft);
    if (!invoices.update(id, version, content, Instant.now(clock), CurrentActor.get().username())) {
      throw new OpenArException(InvoicingError.INVOICING_STALE_VERSION, version, before.version()).onField("version");
    }
    InvoiceView after = invoices.find(id, calendar.today(), false).orElseThrow();
    audit.record("invoicing.invoice", id.toString(), "draft-updated", before, after);
    return after;
  }

  @Override
  @Transactional
  public void discardDraft(InvoiceId id, long version) {
    InvoiceView before = editable(id, version);
    invoices.deleteDraft(id, version);
    audit.record("invoicing.invoice", id.toString(), "draft-discarded", before, null);
  }

  /** The draft, locked; refused when issued or when someone changed it since {@code version}. */
  private InvoiceView editable(InvoiceId id, long version) {
    InvoiceView current = invoices.find(id, calendar.today(), true)
        .orElseThrow(() -> new OpenArException(InvoicingError.INVOICING_INVOICE_NOT_FOUND, id));
    if (current.status() != InvoiceStatus.DRAFT) {
      throw new OpenArException(InvoicingError.INVOICING_NOT_DRAFT, current.number(), current.status());
    }
    if (current.version() != version) {
      throw new OpenArException(InvoicingError.INVOICING_STALE_VERSION, version, current.version()).onField("version");
    }
    return current;
  }

  @Override
  @Transactional(readOnly = true)
  public InvoicePreview preview(InvoiceDraft draft) {
    InvoiceContent c = resolver.resolve(draft);
    return new InvoicePreview(c.companyId(), c.currency(), c.paymentTerms(), c.dueDate(), c.pricesIncludeTax(),
        c.taxRounding(), c.lines(), c.totals(), Pricing.groups(c.lines(), c.currency()), c.installments());
  }

  @Override
  public InvoiceView issue(InvoiceId id, Long version) {
    return issuer.issue(id, version);
  }

  @Override
  public java.util.List<InvoiceView> issueAll(java.util.List<InvoiceDraft> drafts) {
    return bulkIssuer.issueAll(drafts);
  }

  @Override
  public java.util.List<CreditNoteView> issueCreditNotes(java.util.List<CreditNoteRequest> requests) {
    return creditNotes.issueAll(requests);
  }

  @Override
  public CreditNotePreview previewCreditNote(CreditNoteRequest request) {
    return creditNotes.preview(request);
  }

  @Override
  public CreditNoteView issueCreditNote(CreditNoteRequest request) {
    return creditNotes.issue(request);
  }
}
