package org.openar.invoicing.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.audit.AuditTrail;
import org.openar.customers.CompanyId;
import org.openar.invoicing.CreditNoteId;
import org.openar.invoicing.CreditNoteIssued;
import org.openar.invoicing.CreditNoteLine;
import org.openar.invoicing.CreditNotePreview;
import org.openar.invoicing.CreditNoteRequest;
import org.openar.invoicing.CreditNoteView;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceCancelled;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.InvoiceStatus;
import org.openar.invoicing.InvoiceView;
import org.openar.invoicing.InvoicingError;
import org.openar.invoicing.domain.Crediting;
import org.openar.invoicing.domain.DocumentNumbers;
import org.openar.invoicing.persistence.CreditNoteRepository;
import org.openar.invoicing.persistence.InvoiceRepository;
import org.openar.invoicing.persistence.NumberSequenceRepository;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.id.Ids;
import org.openar.shared.money.Money;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes: in one transaction the invoice is locked (so two credit notes cannot both take what is left), the
 * credit note numbered, posted as a CREDIT_NOTE item and allocated to the invoice's open installments, oldest due
 * first; what the invoice no longer owes stays open on the credit note (a credit balance of the customer).
 */
@Service
public class CreditNoteIssuer {

  private final CreditPlanner planner;
  private final InvoiceRepository invoices;
  private final CreditNoteRepository notes;
  private final NumberSequenceRepository sequences;
  private final Ledger ledger;
  private final LedgerQueries ledgerQueries;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final BusinessCalendar calendar;
  private final Clock clock;
  private final InvoicingProperties properties;

  public CreditNoteIssuer(CreditPlanner planner, InvoiceRepository invoices, CreditNoteRepository notes,
      NumberSequenceRepository sequences, Ledger ledger, LedgerQueries ledgerQueries, AuditTrail audit,
      ApplicationEventPublisher events, BusinessCalendar calendar, Clock clock, InvoicingProperties properties) {
    this.planner = planner;
    this.invoices = invoices;
    this.notes = notes;
    this.sequences = sequences;
    this.ledger = ledger;
    this.ledgerQueries = ledgerQueries;
    this.audit = audit;
    this.events = events;
    this.calendar = calendar;
    this.clock = clock;
    this.properties = properties;
  }

  @Transactional(readOnly = true)
  public CreditNotePreview preview(CreditNoteRequest request) {
    CreditPlanner.Plan p = planner.plan(request, calendar.today(), false);
    Crediting.Credit c = p.credit();
    return new CreditNotePreview(c.lines(), c.totals(), c.taxGroups(), c.creditableBefore(), c.creditableAfter());
  }

  @Transactional
  public CreditNoteView issue(CreditNoteRequest request) {
    LocalDate today = calendar.today();
    CreditPlanner.Plan plan = planner.plan(request, today, true);
    InvoiceView invoice = plan.invoice();
    CreditNoteId id = new CreditNoteId(Ids.newId());
    int year = plan.creditDate().getYear();
    String number = DocumentNumbers.format(properties.creditNotePrefix(), year,
        sequences.next(invoice.companyId(), NumberSequenceRepository.Kind.CREDIT_NOTE, year),
        properties.numberDigits());
    Money gross = plan.credit().totals().gross();
    ItemView item = ledger.post(new Ledger.PostItem(ItemType.CREDIT_NOTE, invoice.companyId(), invoice.customerId(),
        number, null, gross, plan.creditDate(), null, plan.creditDate(), null, invoice.number(),
        request.reason().trim(), id.toString()));
    Money applied = applyToInstallments(invoice, item.id(), gross, plan.creditDate(), number);
    Instant now = Instant.now(clock);
    String actor = CurrentActor.get().username();
    CreditNoteView note = new CreditNoteView(id, number, invoice.id(), invoice.number(), invoice.companyId(),
        invoice.customerId(), invoice.customer(), invoice.currency(), plan.creditDate(), request.mode(),
        request.reason().trim(), plan.credit().lines(), plan.credit().totals(), plan.credit().taxGroups(), applied,
        item.id(), now, actor);
    notes.insert(note);
    invoices.addCredit(invoice.id(), gross, now, actor);
    InvoiceView after = invoices.find(invoice.id(), today, false).orElseThrow();
    audit.record("invoicing.credit-note", id.toString(), "issued", null, note);
    audit.record("invoicing.invoice", invoice.id().toString(), "credited", invoice, after);
    events.publishEvent(new CreditNoteIssued(id, invoice.id(), invoice.customerId(), number, invoice.number(), gross,
        applied, plan.creditDate(), note.reason(), item.id()));
    if (after.status() == InvoiceStatus.CANCELLED) {
      events.publishEvent(new InvoiceCancelled(invoice.id(), invoice.customerId(), invoice.number(), id));
    }
    return note;
  }

  /** Allocates the credit to the open installments, oldest due first; returns what was applied. */
  private Money applyToInstallments(InvoiceView invoice, ItemId credit, Money gross, LocalDate date, String number) {
    List<Ledger.AllocationLine> lines = new ArrayList<>();
    Money left = gross;
    List<Installment> byDue = invoice.installments().stream()
        .sorted(Comparator.comparing(Installment::dueDate).thenComparing(Installment::installmentNo)).toList();
    for (Installment i : byDue) {
      Money open = ledgerQueries.get(i.ledgerItemId()).openAmount();
      Money take = open.min(left);
      if (take.isPositive()) {
        lines.add(new Ledger.AllocationLine(i.ledgerItemId(), take, false));
        left = left.minus(take);
      }
    }
    if (lines.isEmpty()) {
      return Money.zero(gross.currency());
    }
    Ledger.AllocationResult result = ledger.allocate(new Ledger.Allocate(credit, date, lines, "credit note " + number));
    Map<Integer, Long> open = new HashMap<>();
    for (Ledger.AppliedLine l : result.lines()) {
      invoice.installments().stream().filter(i -> l.debitItemId().equals(i.ledgerItemId())).findFirst()
          .ifPresent(i -> open.put(i.installmentNo(), l.debitOpenAfter().minor()));
    }
    invoices.applyOpen(invoice.id(), open);
    return gross.minus(left);
  }

  private record Sequence(CompanyId company, int year) {}

  /**
   * {@code issueCreditNotes}: what {@link #issue} does for one credit note, for many at once. The invoices are locked
   * and read in one go, every credit note planned with the same rules, numbered from one reserved block per company and
   * year, posted with {@code Ledger.postAll} and allocated with {@code Ledger.allocateAll}; the documents, the
   * invoices' credited totals and open amounts and the audit records are written in batches.
   */
  @Transactional
  public List<CreditNoteView> issueAll(List<CreditNoteRequest> requests) {
    LocalDate today = calendar.today();
    List<InvoiceId> ids = invoiceIds(requests);
    Map<InvoiceId, InvoiceView> before = new HashMap<>();
    invoices.findAll(ids, today, true).forEach(v -> before.put(v.id(), v));
    Map<InvoiceId, List<CreditNoteView>> earlier = notes.ofInvoices(ids);
    List<CreditPlanner.Plan> plans = new ArrayList<>(requests.size());
    for (CreditNoteRequest r : requests) {
      InvoiceView invoice = before.get(r.invoiceId());
      if (invoice == null) {
        throw new OpenArException(InvoicingError.INVOICING_INVOICE_NOT_FOUND, r.invoiceId()).onField("invoiceId");
      }
      if (invoice.status() == InvoiceStatus.DRAFT) {
        throw new OpenArException(InvoicingError.INVOICING_NOT_ISSUED, r.invoiceId()).onField("invoiceId");
      }
      List<CreditNoteLine> lines = earlier.getOrDefault(invoice.id(), List.of()).stream()
          .map(CreditNoteView::lines).flatMap(List::stream).toList();
      plans.add(planner.plan(r, today, invoice, lines));
    }
    if (plans.isEmpty()) {
      return List.of();
    }
    List<String> numbers = numbers(plans);
    List<CreditNoteId> noteIds = plans.stream().map(p -> new CreditNoteId(Ids.newId())).toList();
    List<ItemView> items = ledger.postAll(postItems(requests, plans, numbers, noteIds));
    List<Money> applied = allocate(plans, items, numbers);
    return write(requests, plans, numbers, noteIds, items, applied, today);
  }

  /** The invoices, each at most once per call (a second credit note on one invoice goes into the next call). */
  private static List<InvoiceId> invoiceIds(List<CreditNoteRequest> requests) {
    Set<InvoiceId> ids = new LinkedHashSet<>();
    for (CreditNoteRequest r : requests) {
      if (r.invoiceId() == null) {
        throw new OpenArException(SharedError.MISSING_FIELD, "invoiceId").onField("invoiceId");
      }
      if (!ids.add(r.invoiceId())) {
        throw new OpenArException(SharedError.INVALID_VALUE, "invoiceId").onField("invoiceId");
      }
    }
    return List.copyOf(ids);
  }

  /** One block of numbers per company and year of the credit date, handed out in request order. */
  private List<String> numbers(List<CreditPlanner.Plan> plans) {
    Map<Sequence, Integer> counts = new LinkedHashMap<>();
    plans.forEach(p -> counts.merge(new Sequence(p.invoice().companyId(), p.creditDate().getYear()), 1,
        Integer::sum));
    Map<Sequence, Long> next = new HashMap<>();
    counts.forEach((s, n) -> next.put(s, sequences.reserve(s.company(), NumberSequenceRepository.Kind.CREDIT_NOTE,
        s.year(), n)));
    List<String> numbers = new ArrayList<>(plans.size());
    for (CreditPlanner.Plan p : plans) {
      Sequence s = new Sequence(p.invoice().companyId(), p.creditDate().getYear());
      long n = next.merge(s, 1L, Long::sum) - 1;
      numbers.add(DocumentNumbers.format(properties.creditNotePrefix(), s.year(), n, properties.numberDigits()));
    }
    return numbers;
  }

  private static List<Ledger.PostItem> postItems(List<CreditNoteRequest> requests, List<CreditPlanner.Plan> plans,
      List<String> numbers, List<CreditNoteId> noteIds) {
    List<Ledger.PostItem> items = new ArrayList<>(plans.size());
    for (int i = 0; i < plans.size(); i++) {
      CreditPlanner.Plan p = plans.get(i);
      InvoiceView invoice = p.invoice();
      items.add(new Ledger.PostItem(ItemType.CREDIT_NOTE, invoice.companyId(), invoice.customerId(), numbers.get(i),
          null, p.credit().totals().gross(), p.creditDate(), null, p.creditDate(), null, invoice.number(),
          requests.get(i).reason().trim(), noteIds.get(i).toString()));
    }
    return items;
  }

  /**
   * Each credit to its invoice's open installments, oldest due first, all in one {@code allocateAll}; returns what
   * each credit note applied.
   */
  private List<Money> allocate(List<CreditPlanner.Plan> plans, List<ItemView> items, List<String> numbers) {
    Map<ItemId, Money> open = new HashMap<>();
    List<ItemId> installmentItems = plans.stream().flatMap(p -> p.invoice().installments().stream())
        .map(Installment::ledgerItemId).toList();
    ledgerQueries.findAll(installmentItems).forEach(v -> open.put(v.id(), v.openAmount()));
    List<Ledger.Allocate> requests = new ArrayList<>();
    List<Money> applied = new ArrayList<>(plans.size());
    for (int i = 0; i < plans.size(); i++) {
      CreditPlanner.Plan p = plans.get(i);
      Money gross = p.credit().totals().gross();
      Money left = gross;
      List<Ledger.AllocationLine> lines = new ArrayList<>();
      List<Installment> byDue = p.invoice().installments().stream()
          .sorted(Comparator.comparing(Installment::dueDate).thenComparing(Installment::installmentNo)).toList();
      for (Installment inst : byDue) {
        Money take = open.get(inst.ledgerItemId()).min(left);
        if (take.isPositive()) {
          lines.add(new Ledger.AllocationLine(inst.ledgerItemId(), take, false));
          left = left.minus(take);
          open.put(inst.ledgerItemId(), open.get(inst.ledgerItemId()).minus(take));
        }
      }
      if (!lines.isEmpty()) {
        requests.add(new Ledger.Allocate(items.get(i).id(), p.creditDate(), lines, "credit note " + numbers.get(i)));
      }
      applied.add(gross.minus(left));
    }
    if (!requests.isEmpty()) {
      ledger.allocateAll(requests);
    }
    return applied;
  }

  private List<CreditNoteView> write(List<CreditNoteRequest> requests, List<CreditPlanner.Plan> plans,
      List<String> numbers, List<CreditNoteId> noteIds, List<ItemView> items, List<Money> applied,
      LocalDate today) {
    Instant now = Instant.now(clock);
    String actor = CurrentActor.get().username();
    List<CreditNoteView> written = new ArrayList<>(plans.size());
    List<Map.Entry<InvoiceId, Money>> credits = new ArrayList<>(plans.size());
    Map<InvoiceId, Map<Integer, Long>> openAfter = new LinkedHashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      CreditPlanner.Plan p = plans.get(i);
      InvoiceView invoice = p.invoice();
      written.add(new CreditNoteView(noteIds.get(i), numbers.get(i), invoice.id(), invoice.number(),
          invoice.companyId(), invoice.customerId(), invoice.customer(), invoice.currency(), p.creditDate(),
          requests.get(i).mode(), requests.get(i).reason().trim(), p.credit().lines(), p.credit().totals(),
          p.credit().taxGroups(), applied.get(i), items.get(i).id(), now, actor));
      credits.add(new AbstractMap.SimpleEntry<>(invoice.id(), p.credit().totals().gross()));
      openAfter.put(invoice.id(), new HashMap<>());
    }
    Map<ItemId, Long> open = new HashMap<>();
    ledgerQueries.findAll(plans.stream().flatMap(p -> p.invoice().installments().stream())
        .map(Installment::ledgerItemId).toList()).forEach(v -> open.put(v.id(), v.openAmount().minor()));
    plans.forEach(p -> p.invoice().installments().forEach(inst -> openAfter.get(p.invoice().id())
        .put(inst.installmentNo(), open.get(inst.ledgerItemId()))));
    notes.insertAll(written);
    invoices.addCreditAll(credits, now, actor);
    invoices.applyOpenAll(openAfter);
    List<InvoiceView> after = invoices.findAll(List.copyOf(openAfter.keySet()), today, false);
    Map<InvoiceId, InvoiceView> afterById = new HashMap<>();
    after.forEach(v -> afterById.put(v.id(), v));
    List<AuditTrail.Entry> records = new ArrayList<>(written.size() * 2);
    for (int i = 0; i < written.size(); i++) {
      CreditNoteView note = written.get(i);
      records.add(new AuditTrail.Entry("invoicing.credit-note", note.id().toString(), "issued", null, note));
      records.add(new AuditTrail.Entry("invoicing.invoice", note.invoiceId().toString(), "credited",
          plans.get(i).invoice(), afterById.get(note.invoiceId())));
    }
    audit.recordAll(records);
    for (CreditNoteView note : written) {
      InvoiceView a = afterById.get(note.invoiceId());
      events.publishEvent(new CreditNoteIssued(note.id(), note.invoiceId(), note.customerId(), note.number(),
          note.invoiceNumber(), note.totals().gross(), note.appliedAmount(), note.creditDate(), note.reason(),
          note.ledgerItemId()));
      if (a.status() == InvoiceStatus.CANCELLED) {
        events.publishEvent(new InvoiceCancelled(a.id(), a.customerId(), a.number(), note.id()));
      }
    }
    return written;
  }
}
