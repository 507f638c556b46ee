package org.openar.invoicing.app;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openar.invoicing.CreditNoteId;
import org.openar.invoicing.CreditNoteSearch;
import org.openar.invoicing.CreditNoteSummary;
import org.openar.invoicing.CreditNoteView;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.InvoiceQueries;
import org.openar.invoicing.InvoiceSearch;
import org.openar.invoicing.InvoiceSummary;
import org.openar.invoicing.InvoiceView;
import org.openar.invoicing.InvoicingError;
import org.openar.invoicing.persistence.CreditNoteRepository;
import org.openar.invoicing.persistence.CreditNoteSearchRepository;
import org.openar.invoicing.persistence.InvoiceRepository;
import org.openar.invoicing.persistence.InvoiceSearchRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Actor;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading invoices and credit notes; a SALES_REP sees only its own customers' documents. */
@Service
@Transactional(readOnly = true)
public class InvoiceQueryService implements InvoiceQueries {

  private final InvoiceRepository invoices;
  private final InvoiceSearchRepository invoiceSearch;
  private final CreditNoteRepository notes;
  private final CreditNoteSearchRepository noteSearch;
  private final Parties parties;
  private final DocumentPdfs pdfs;
  private final CsvExports csv;
  private final BusinessCalendar calendar;

  public InvoiceQueryService(InvoiceRepository invoices, InvoiceSearchRepository invoiceSearch,
      CreditNoteRepository notes, CreditNoteSearchRepository noteSearch, Parties parties, DocumentPdfs pdfs,
      CsvExports csv, BusinessCalendar calendar) {
    this.invoices = invoices;
    this.invoiceSearch = invoiceSearch;
    this.notes = notes;
    this.noteSearch = noteSearch;
    this.parties = parties;
    this.pdfs = pdfs;
    this.csv = csv;
    this.calendar = calendar;
  }

  @Override
  public Optional<InvoiceView> find(InvoiceId id) {
    Actor actor = CurrentActor.get();
    return invoices.find(id, calendar.today(), false).filter(v -> parties.canSee(actor, v.customerId()));
  }

  @Override
  public InvoiceView get(InvoiceId id) {
    return find(id).orElseThrow(() -> new OpenArException(InvoicingError.INVOICING_INVOICE_NOT_FOUND, id));
  }

  @Override
  public Page<InvoiceSummary> search(InvoiceSearch search, PageQuery page) {
    InvoiceSearchRepository.Filter f = invoiceFilter(search);
    return invoiceSearch.page(f, page);
  }

  @Override
  public CreditNoteView getCreditNote(CreditNoteId id) {
    Actor actor = CurrentActor.get();
    return notes.find(id).filter(n -> parties.canSee(actor, n.customerId()))
        .orElseThrow(() -> new OpenArException(InvoicingError.INVOICING_CREDIT_NOTE_NOT_FOUND, id));
  }

  @Override
  public List<CreditNoteView> creditNotesOf(InvoiceId id) {
    return notes.ofInvoice(get(id).id());
  }

  @Override
  public Page<CreditNoteSummary> searchCreditNotes(CreditNoteSearch search, PageQuery page) {
    CreditNoteSearchRepository.Filter f = creditNoteFilter(search);
    List<CreditNoteSummary> items = noteSearch.search(f, page);
    return Page.of(items, noteSearch.total(f, page, items.size()), page);
  }

  @Override
  public byte[] invoicePdf(InvoiceId id, Locale locale) {
    InvoiceView invoice = get(id);
    return pdfs.invoice(invoice, notes.ofInvoice(id), locale);
  }

  @Override
  public byte[] creditNotePdf(CreditNoteId id, Locale locale) {
    CreditNoteView note = getCreditNote(id);
    return pdfs.creditNote(note, invoices.find(note.invoiceId(), calendar.today(), false).orElseThrow(), locale);
  }

  @Override
  public int exportInvoices(InvoiceSearch search, PageQuery order, Locale locale, int limit, OutputStream out) {
    InvoiceSearchRepository.Filter f = invoiceFilter(search);
    return csv.invoices(out, locale, consumer -> invoiceSearch.forEach(f, order, limit, consumer));
  }

  @Override
  public int exportCreditNotes(CreditNoteSearch search, PageQuery order, Locale locale, int limit,
      OutputStream out) {
    CreditNoteSearchRepository.Filter f = creditNoteFilter(search);
    return csv.creditNotes(out, locale, consumer -> noteSearch.forEach(f, order, limit, consumer));
  }

  private InvoiceSearchRepository.Filter invoiceFilter(InvoiceSearch s) {
    SearchFilters.dates("invoiceFrom", s.invoiceFrom(), s.invoiceTo());
    SearchFilters.dates("dueFrom", s.dueFrom(), s.dueTo());
    SearchFilters.notNegative("minDaysOverdue", s.minDaysOverdue());
    SearchFilters.notNegative("maxDaysOverdue", s.maxDaysOverdue());
    SearchFilters.range("minDaysOverdue", s.minDaysOverdue(), s.maxDaysOverdue());
    SearchFilters.range("minAmount", s.minAmount(), s.maxAmount());
    SearchFilters.text("q", s.text());
    LocalDate today = calendar.today();
    return new InvoiceSearchRepository.Filter(s, parties.customersToList(CurrentActor.get(), s.salesRepId()),
        SearchFilters.amount("minAmount", s.minAmount(), s.currency()),
        SearchFilters.amount("maxAmount", s.maxAmount(), s.currency()), today);
  }

  private CreditNoteSearchRepository.Filter creditNoteFilter(CreditNoteSearch s) {
    SearchFilters.dates("from", s.from(), s.to());
    SearchFilters.range("minAmount", s.minAmount(), s.maxAmount());
    SearchFilters.text("q", s.text());
    return new CreditNoteSearchRepository.Filter(s, parties.customersToList(CurrentActor.get(), s.salesRepId()),
        SearchFilters.amount("minAmount", s.minAmount(), s.currency()),
        SearchFilters.amount("maxAmount", s.maxAmount(), s.currency()));
  }
}
