package org.openar.invoicing.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openar.audit.AuditTrail;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.InvoiceIssued;
import org.openar.invoicing.InvoiceStatus;
import org.openar.invoicing.InvoiceView;
import org.openar.invoicing.InvoicingError;
import org.openar.invoicing.domain.DocumentNumbers;
import org.openar.invoicing.persistence.InvoiceRepository;
import org.openar.invoicing.persistence.NumberSequenceRepository;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.Ledger;
import org.openar.shared.error.OpenArException;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.terms.PaymentTerms;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing: in one transaction the draft is locked, numbered from its company's sequence for the invoice year, posted
 * to the ledger as one debit per installment, audited and announced. Anything refused rolls all of it back, number
 * included.
 */
@Service
public class Issuer {

  private final InvoiceRepository invoices;
  private final NumberSequenceRepository sequences;
  private final Customers customers;
  private final Ledger ledger;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final BusinessCalendar calendar;
  private final Clock clock;
  private final InvoicingProperties properties;

  public Issuer(InvoiceRepository invoices, NumberSequenceRepository sequences, Customers customers, Ledger ledger,
      AuditTrail audit, ApplicationEventPublisher events, BusinessCalendar calendar, Clock clock,
      InvoicingProperties properties) {
    this.invoices = invoices;
    this.sequences = sequences;
    this.customers = customers;
    this.ledger = ledger;
    this.audit = audit;
    this.events = events;
    this.calendar = calendar;
    this.clock = clock;
    this.properties = properties;
  }

  @Transactional
  public InvoiceView issue(InvoiceId id, Long version) {
    LocalDate today = calendar.today();
    InvoiceView before = invoices.find(id, today, true)
        .orElseThrow(() -> new OpenArException(InvoicingError.INVOICING_INVOICE_NOT_FOUND, id));
    checkIssuable(before, version, today);
    CustomerView customer = customers.find(before.customerId()).orElseThrow(() -> new OpenArException(
        InvoicingError.INVOICING_UNKNOWN_CUSTOMER, before.customerId()).onField("customerId"));
    int year = before.invoiceDate().getYear();
    long sequence = sequences.next(before.companyId(), NumberSequenceRepository.Kind.INVOICE, year);
    String number = DocumentNumbers.format(properties.invoicePrefix(), year, sequence, properties.numberDigits());
    List<ItemId> items = post(before, number);
    String actor = CurrentActor.get().username();
    invoices.markIssued(id, number, Parties.snapshot(customer), Instant.now(clock), actor, items);
    InvoiceView after = invoices.find(id, today, false).orElseThrow();
    audit.record("invoicing.invoice", id.toString(), "issued", before, after);
    events.publishEvent(new InvoiceIssued(id, after.companyId(), after.customerId(), number,
        after.totals().gross(), after.totals().tax(), after.invoiceDate(), after.dueDate(), items));
    return after;
  }

  private static void checkIssuable(InvoiceView invoice, Long version, LocalDate today) {
    if (invoice.status() != InvoiceStatus.DRAFT) {
      throw new OpenArException(InvoicingError.INVOICING_ALREADY_ISSUED, invoice.number());
    }
    if (version != null && version != invoice.version()) {
      throw new OpenArException(InvoicingError.INVOICING_STALE_VERSION, version, invoice.version())
          .onField("version");
    }
    if (invoice.invoiceDate().isAfter(today)) {
      throw new OpenArException(InvoicingError.INVOICING_DATE_IN_FUTURE, invoice.invoiceDate(), today)
          .onField("invoiceDate");
    }
  }

  /** One ledger debit per installment, numbered 1..n when there are several; the invoice id as external reference. */
  private List<ItemId> post(InvoiceView invoice, String number) {
    PaymentTerms terms = PaymentTerms.parse(invoice.paymentTerms());
    boolean several = invoice.installments().size() > 1;
    List<ItemId> items = new ArrayList<>();
    for (Installment i : invoice.installments()) {
      items.add(ledger.post(new Ledger.PostItem(ItemType.INVOICE, invoice.companyId(), invoice.customerId(), number,
          several ? i.installmentNo() : null, i.amount(), invoice.invoiceDate(), i.dueDate(), null, terms,
          invoice.reference(), null, invoice.id().toString())).id());
    }
    return items;
  }
}
