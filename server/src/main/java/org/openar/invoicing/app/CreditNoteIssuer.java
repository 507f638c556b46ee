package org.openar.invoicing.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openar.audit.AuditTrail;
import org.openar.invoicing.CreditNoteId;
import org.openar.invoicing.CreditNoteIssued;
import org.openar.invoicing.CreditNotePreview;
import org.openar.invoicing.CreditNoteRequest;
import org.openar.invoicing.CreditNoteView;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceCancelled;
import org.openar.invoicing.InvoiceStatus;
import org.openar.invoicing.InvoiceView;
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
}
