package org.openar.invoicing.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openar.audit.AuditTrail;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerView;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.InvoiceIssued;
import org.openar.invoicing.InvoiceView;
import org.openar.invoicing.InvoicingError;
import org.openar.invoicing.domain.DocumentNumbers;
import org.openar.invoicing.persistence.InvoiceContent;
import org.openar.invoicing.persistence.InvoiceRepository;
import org.openar.invoicing.persistence.NumberSequenceRepository;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.terms.PaymentTerms;
import org.openar.shared.time.BusinessCalendar;
import org.openar.shared.time.StepTimes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code issueAll}: many drafts created and issued in one transaction with the checks, numbers, ledger debits and events
 * that {@code createDraft} + {@code issue} give each of them, but written with a handful of batched statements instead
 * of some thirty round trips per invoice. Numbers follow the order of the request within each company and year, from
 * one reserved block per sequence.
 *
 * <p>Audit: one "issued" record per invoice with no before-image, as for a credit note, which is also created issued.
 * The draft such an invoice passes through exists only inside this transaction (nobody can see, edit or delete it), so
 * a "draft-created" record and a draft before-image, as {@code createDraft} + {@code issue} write, would record a
 * state nobody ever saw; the after-image holds everything the draft did.
 */
@Service
public class BulkIssuer {

  private final DraftResolver resolver;
  private final InvoiceRepository invoices;
  private final NumberSequenceRepository sequences;
  private final Ledger ledger;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final BusinessCalendar calendar;
  private final java.time.Clock clock;
  private final InvoicingProperties properties;

  public BulkIssuer(DraftResolver resolver, InvoiceRepository invoices, NumberSequenceRepository sequences,
      Ledger ledger, AuditTrail audit, ApplicationEventPublisher events, BusinessCalendar calendar,
      java.time.Clock clock, InvoicingProperties properties) {
    this.resolver = resolver;
    this.invoices = invoices;
    this.sequences = sequences;
    this.ledger = ledger;
    this.audit = audit;
    this.events = events;
    this.calendar = calendar;
    this.clock = clock;
    this.properties = properties;
  }

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BulkIssuer.class);

  private record Sequence(CompanyId company, int year) {}

  @Transactional
  public List<InvoiceView> issueAll(List<InvoiceDraft> drafts) {
    LocalDate today = calendar.today();
    Parties.Memo memo = new Parties.Memo();
    Map<InvoiceId, InvoiceContent> contents = new LinkedHashMap<>();
    Map<InvoiceId, CustomerView> buyers = new LinkedHashMap<>();
    for (InvoiceDraft d : drafts) {
      InvoiceContent c = resolver.resolve(d, memo);
      if (c.invoiceDate().isAfter(today)) {
        throw new OpenArException(InvoicingError.INVOICING_DATE_IN_FUTURE, c.invoiceDate(), today)
            .onField("invoiceDate");
      }
      InvoiceId id = new InvoiceId(Ids.newId());
      contents.put(id, c);
      buyers.put(id, resolver.buyer(c.customerId(), memo));
    }
    if (contents.isEmpty()) {
      return List.of();
    }
    Instant now = Instant.now(clock);
    String actor = CurrentActor.get().username();
    List<InvoiceId> ids = List.copyOf(contents.keySet());
    StepTimes steps = new StepTimes();
    // numbers and ledger items come from the content just stored (the drafts are new rows of this transaction, which
    // nobody else can see or lock); one read at the end gives the issued documents as stored
    invoices.insertAll(contents, now, actor);
    steps.done("drafts");
    Map<InvoiceId, String> numbers = numbers(contents);
    List<InvoiceRepository.Issue> issues = post(contents, numbers, buyers);
    steps.done("ledger");
    invoices.markIssuedAll(issues, now, actor);
    List<InvoiceView> issued = invoices.findAll(ids, today, false);
    steps.done("issue");
    List<AuditTrail.Entry> records = new ArrayList<>(issued.size());
    for (int i = 0; i < issued.size(); i++) {
      records.add(new AuditTrail.Entry("invoicing.invoice", ids.get(i).toString(), "issued", null, issued.get(i)));
    }
    audit.recordAll(records);
    steps.done("issue audit");
    log.debug("issueAll of {} invoices: {}", ids.size(), steps);
    for (int i = 0; i < issued.size(); i++) {
      InvoiceView v = issued.get(i);
      events.publishEvent(new InvoiceIssued(v.id(), v.companyId(), v.customerId(), v.number(), v.totals().gross(),
          v.totals().tax(), v.invoiceDate(), v.dueDate(), issues.get(i).items()));
    }
    return issued;
  }

  /** One block of numbers per company and invoice year, handed out in request order. */
  private Map<InvoiceId, String> numbers(Map<InvoiceId, InvoiceContent> invoicesInOrder) {
    Map<Sequence, List<InvoiceId>> bySequence = new LinkedHashMap<>();
    invoicesInOrder.forEach((id, c) -> bySequence.computeIfAbsent(new Sequence(c.companyId(),
        c.invoiceDate().getYear()), k -> new ArrayList<>()).add(id));
    Map<InvoiceId, String> numbers = new LinkedHashMap<>();
    bySequence.forEach((s, list) -> {
      long next = sequences.reserve(s.company(), NumberSequenceRepository.Kind.INVOICE, s.year(), list.size());
      for (InvoiceId id : list) {
        numbers.put(id, DocumentNumbers.format(properties.invoicePrefix(), s.year(), next++,
            properties.numberDigits()));
      }
    });
    return numbers;
  }

  /** All installments of all invoices posted to the ledger in one call, as {@code Issuer} posts them one by one. */
  private List<InvoiceRepository.Issue> post(Map<InvoiceId, InvoiceContent> created, Map<InvoiceId, String> numbers,
      Map<InvoiceId, CustomerView> buyers) {
    List<Ledger.PostItem> items = new ArrayList<>();
    created.forEach((id, v) -> {
      PaymentTerms terms = PaymentTerms.parse(v.paymentTerms());
      boolean several = v.installments().size() > 1;
      for (Installment i : v.installments()) {
        items.add(new Ledger.PostItem(ItemType.INVOICE, v.companyId(), v.customerId(), numbers.get(id),
            several ? i.installmentNo() : null, i.amount(), v.invoiceDate(), i.dueDate(), null, terms, v.reference(),
            null, id.toString()));
      }
    });
    List<ItemView> posted = ledger.postAll(items);
    List<InvoiceRepository.Issue> issues = new ArrayList<>(created.size());
    int k = 0;
    for (Map.Entry<InvoiceId, InvoiceContent> e : created.entrySet()) {
      List<ItemId> ids = new ArrayList<>(e.getValue().installments().size());
      for (int i = 0; i < e.getValue().installments().size(); i++) {
        ids.add(posted.get(k++).id());
      }
      issues.add(new InvoiceRepository.Issue(e.getKey(), numbers.get(e.getKey()),
          Parties.snapshot(buyers.get(e.getKey())), ids));
    }
    return issues;
  }
}
