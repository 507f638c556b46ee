package org.openar.ledger.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.audit.AuditTrail;
import org.openar.customers.CompanyId;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemPosted;
import org.openar.ledger.ItemView;
import org.openar.ledger.ItemsAllocated;
import org.openar.ledger.ItemsAllocatedInBulk;
import org.openar.ledger.Ledger.Allocate;
import org.openar.ledger.Ledger.AllocationLine;
import org.openar.ledger.Ledger.AllocationResult;
import org.openar.ledger.Ledger.AppliedLine;
import org.openar.ledger.Ledger.PostItem;
import org.openar.ledger.Ledger.Receipt;
import org.openar.ledger.LedgerError;
import org.openar.ledger.domain.Allocator.Applied;
import org.openar.ledger.domain.Entry;
import org.openar.ledger.domain.Item;
import org.openar.ledger.domain.ItemFacts;
import org.openar.ledger.domain.ItemRules;
import org.openar.ledger.domain.LedgerBook;
import org.openar.ledger.persistence.BulkItemWriter;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.Money;
import org.openar.shared.time.BusinessCalendar;
import org.openar.shared.time.StepTimes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code postAll} and {@code receiveAll}: the single-document operations run one after the other on one in-memory
 * {@link LedgerBook} (so each sees the previous ones, exactly as separate calls would), then everything is written
 * with a few batched statements and audited in one batch. Every refusal happens before the first write.
 */
@Component
class LedgerBatches {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LedgerBatches.class);

  private final BookLoader loader;
  private final ChangeWriter writer;
  private final CustomerDirectory directory;
  private final BulkItemWriter documents;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final BusinessCalendar calendar;

  LedgerBatches(BookLoader loader, ChangeWriter writer, CustomerDirectory directory, BulkItemWriter documents,
      AuditTrail audit, ApplicationEventPublisher events, BusinessCalendar calendar) {
    this.loader = loader;
    this.writer = writer;
    this.directory = directory;
    this.documents = documents;
    this.audit = audit;
    this.events = events;
    this.calendar = calendar;
  }

  @Transactional(noRollbackFor = OpenArException.class) // refusals come before any write
  public List<ItemView> postAll(List<PostItem> items) {
    LedgerBook book = loader.newBook();
    List<ItemId> ids = new ArrayList<>(items.size());
    for (PostItem p : items) {
      ids.add(postInto(book, p));
    }
    refuseTaken(book, ids);
    StepTimes steps = new StepTimes();
    ChangeWriter.Written w = writer.writeBatched(book.drainChanges(), book);
    List<ItemView> posted = ids.stream().map(w::item).toList();
    steps.done("write");
    audit.recordAll(posted.stream().map(v -> new AuditTrail.Entry("ledger.item", v.id().toString(), "posted", null,
        v)).toList());
    steps.done("audit");
    log.debug("postAll of {} items: {}", items.size(), steps);
    posted.forEach(this::announce);
    return posted;
  }

  @Transactional(noRollbackFor = OpenArException.class) // refusals come before any write
  public List<AllocationResult> receiveAll(List<Receipt> receipts) {
    LedgerBook book = loader.newBook();
    Set<ItemId> debits = new LinkedHashSet<>();
    for (Receipt r : receipts) {
      if (r.receipt() != null && r.receipt().type() != null && !r.receipt().type().isCash()) {
        throw new OpenArException(LedgerError.LEDGER_TYPE_NOT_ALLOWED_HERE, r.receipt().type()).onField("type");
      }
      if (r.allocations() != null) {
        r.allocations().stream().filter(l -> l != null && l.debitItemId() != null)
            .forEach(l -> debits.add(l.debitItemId()));
      }
    }
    StepTimes steps = new StepTimes();
    loader.lockInto(book, debits, false);
    steps.done("load");
    LocalDate today = calendar.today();
    List<Received> done = new ArrayList<>(receipts.size());
    for (Receipt r : receipts) {
      done.add(receive(book, r, today));
    }
    refuseTaken(book, done.stream().map(Received::credit).toList());
    steps.done("book");
    ChangeWriter.Written w = writer.writeBatched(book.drainChanges(), book);
    steps.done("write");
    List<AllocationResult> results = new ArrayList<>(done.size());
    List<AuditTrail.Entry> records = new ArrayList<>(done.size() * 2);
    List<ItemsAllocated> allocated = new ArrayList<>();
    for (Received d : done) {
      ItemView credit = w.item(d.credit());
      records.add(new AuditTrail.Entry("ledger.item", credit.id().toString(), "posted", null, credit));
      AllocationResult result = result(credit, d);
      results.add(result);
      if (!d.applied().isEmpty()) {
        records.add(new AuditTrail.Entry("ledger.item", credit.id().toString(), "allocated", d.before(), result));
        allocated.add(event(credit, d));
      }
    }
    audit.recordAll(records);
    steps.done("audit");
    results.forEach(r -> announce(r.credit()));
    if (!allocated.isEmpty()) {
      events.publishEvent(new ItemsAllocatedInBulk(allocated));
    }
    steps.done("events");
    log.debug("receiveAll of {} receipts: {}", receipts.size(), steps);
    return results;
  }

  @Transactional(noRollbackFor = OpenArException.class) // refusals come before any write
  public List<AllocationResult> allocateAll(List<Allocate> requests) {
    LedgerBook book = loader.newBook();
    Set<ItemId> ids = new LinkedHashSet<>();
    for (Allocate a : requests) {
      ids.add(a.creditItemId());
      if (a.lines() != null) {
        a.lines().stream().filter(l -> l != null && l.debitItemId() != null).forEach(l -> ids.add(l.debitItemId()));
      }
    }
    loader.lockInto(book, ids, false);
    LocalDate today = calendar.today();
    List<Received> done = new ArrayList<>(requests.size());
    List<Then> creditThen = new ArrayList<>(requests.size());
    for (Allocate a : requests) {
      Item credit = book.require(a.creditItemId(), "creditItemId");
      List<BookLoader.ItemState> before = new ArrayList<>();
      before.add(state(credit));
      if (a.lines() != null) {
        a.lines().stream().filter(l -> l != null && l.debitItemId() != null).map(l -> book.find(l.debitItemId()))
            .flatMap(java.util.Optional::stream).distinct()
            .sorted(Comparator.comparing(i -> i.id().value().toString())).forEach(i -> before.add(state(i)));
      }
      List<Applied> applied = book.allocate(a, today);
      done.add(new Received(credit.id(), before, applied,
          applied.stream().map(x -> book.require(x.debit().id(), "debitItemId").open()).toList()));
      creditThen.add(new Then(credit.open(), credit.status()));
    }
    ChangeWriter.Written w = writer.writeBatched(book.drainChanges(), book);
    List<AllocationResult> results = new ArrayList<>(done.size());
    List<AuditTrail.Entry> records = new ArrayList<>(done.size());
    List<ItemsAllocated> allocated = new ArrayList<>(done.size());
    for (int k = 0; k < done.size(); k++) {
      Received d = done.get(k);
      ItemView credit = asOfThen(w.item(d.credit()), creditThen.get(k));
      AllocationResult result = result(credit, d);
      results.add(result);
      records.add(new AuditTrail.Entry("ledger.item", credit.id().toString(), "allocated", d.before(), result));
      allocated.add(event(credit, d));
    }
    audit.recordAll(records);
    events.publishEvent(new ItemsAllocatedInBulk(allocated));
    return results;
  }

  /** The credit as it stood right after its own request (a later request of the same call may take more of it). */
  private record Then(Money open, org.openar.ledger.ItemStatus status) {}

  private static ItemView asOfThen(ItemView v, Then then) {
    if (v.openAmount().equals(then.open()) && v.status() == then.status()) {
      return v;
    }
    return new ItemView(v.id(), v.companyId(), v.customerId(), v.type(), v.side(), v.documentNumber(),
        v.installmentNo(), v.originalAmount(), then.open(), v.documentDate(), v.dueDate(), v.valueDate(),
        v.paymentTerms(), v.reference(), v.description(), v.externalRef(), then.status(), v.reversesItemId(),
        v.batchId(), v.createdAt(), v.createdBy());
  }

  /** One receipt applied in the book, with what the audit record and the event need from that moment. */
  private record Received(ItemId credit, List<BookLoader.ItemState> before, List<Applied> applied,
      List<Money> debitOpenAfter) {}

  private Received receive(LedgerBook book, Receipt r, LocalDate today) {
    List<AllocationLine> lines = r.allocations() == null ? List.of() : r.allocations();
    PostItem receipt = r.receipt() != null && r.receipt().amount() == null ? withAmountOfLines(book, r, lines)
        : r.receipt();
    ItemId id = postInto(book, receipt);
    if (lines.isEmpty()) {
      return new Received(id, List.of(), List.of(), List.of());
    }
    List<BookLoader.ItemState> before = new ArrayList<>();
    before.add(state(book.require(id, "receipt")));
    lines.stream().map(l -> book.require(l.debitItemId(), "debitItemId")).distinct()
        .sorted(Comparator.comparing(i -> i.id().value().toString())).forEach(i -> before.add(state(i)));
    List<Applied> applied = book.allocate(new Allocate(id, r.effectiveDate(), lines, null), today);
    List<Money> openAfter = applied.stream().map(a -> book.require(a.debit().id(), "debitItemId").open()).toList();
    return new Received(id, before, applied, openAfter);
  }

  /** The receipt for exactly what its lines take: given amounts, else the open amount less the discount earned. */
  private static PostItem withAmountOfLines(LedgerBook book, Receipt r, List<AllocationLine> lines) {
    PostItem p = r.receipt();
    Money total = null;
    for (AllocationLine l : lines) {
      Money amount = l == null || l.debitItemId() == null ? null : l.amount();
      if (amount == null && l != null && l.debitItemId() != null) {
        Item debit = book.require(l.debitItemId(), "debitItemId");
        LocalDate own = p.valueDate() != null ? p.valueDate() : p.documentDate();
        LocalDate date = r.effectiveDate() != null ? r.effectiveDate()
            : own == null || own.isBefore(debit.ledgerDate()) ? debit.ledgerDate() : own;
        long discount = l.discountWanted() && date != null ? book.discountOn(debit.id(), date).discountMinor() : 0;
        amount = Money.ofMinor(debit.openMinor() - discount, debit.currency());
      }
      if (amount != null) {
        total = total == null ? amount : total.plus(amount);
      }
    }
    return new PostItem(p.type(), p.companyId(), p.customerId(), p.documentNumber(), p.installmentNo(), total,
        p.documentDate(), p.dueDate(), p.valueDate(), p.paymentTerms(), p.reference(), p.description(),
        p.externalRef());
  }

  private ItemId postInto(LedgerBook book, PostItem item) {
    ItemRules.throwIfAny(ItemRules.violations(item));
    CompanyId company = directory.resolve(item.customerId(), item.companyId());
    return book.post(company, item).facts().id();
  }

  /**
   * The book refuses duplicates among its own items; this refuses document numbers the ledger already has, one query
   * per company for all the {@code posted} items.
   */
  private void refuseTaken(LedgerBook book, List<ItemId> posted) {
    Map<CompanyId, List<ItemFacts>> byCompany = new HashMap<>();
    posted.forEach(id -> {
      ItemFacts f = book.require(id, "documentNumber").facts();
      byCompany.computeIfAbsent(f.companyId(), c -> new ArrayList<>()).add(f);
    });
    for (Map.Entry<CompanyId, List<ItemFacts>> e : byCompany.entrySet()) {
      Set<String> numbers = new LinkedHashSet<>();
      e.getValue().forEach(f -> numbers.add(f.documentNumber()));
      Set<String> taken = documents.existingKeys(e.getKey(), numbers);
      for (ItemFacts f : e.getValue()) {
        if (taken.contains(BulkItemWriter.key(f.type().name(), f.documentNumber(), f.installmentNo()))) {
          throw new OpenArException(LedgerError.LEDGER_DUPLICATE_DOCUMENT, f.type(), f.documentNumber())
              .onField("documentNumber");
        }
      }
    }
  }

  private static BookLoader.ItemState state(Item i) {
    return new BookLoader.ItemState(i.id(), i.documentNumber(), i.open(), i.status());
  }

  private static AllocationResult result(ItemView credit, Received d) {
    List<AppliedLine> lines = new ArrayList<>(d.applied().size());
    for (int k = 0; k < d.applied().size(); k++) {
      Applied a = d.applied().get(k);
      lines.add(new AppliedLine(a.entry().id(), a.debit().id(), a.debit().documentNumber(), money(a.entry()),
          a.entry().effectiveDate(), a.discount() == null ? null : money(a.discount()),
          a.discountItem() == null ? null : a.discountItem().id(), a.discount() == null ? null : a.discount().id(),
          d.debitOpenAfter().get(k)));
    }
    return new AllocationResult(credit, lines);
  }

  private static ItemsAllocated event(ItemView credit, Received d) {
    List<ItemsAllocated.Line> lines = new ArrayList<>(d.applied().size());
    for (int k = 0; k < d.applied().size(); k++) {
      Applied a = d.applied().get(k);
      lines.add(new ItemsAllocated.Line(a.entry().id(), a.debit().id(), money(a.entry()), a.entry().effectiveDate(),
          a.discount() == null ? null : money(a.discount()), d.debitOpenAfter().get(k)));
    }
    return new ItemsAllocated(credit.id(), credit.type(), credit.customerId(), lines);
  }

  private void announce(ItemView v) {
    events.publishEvent(new ItemPosted(v.id(), v.companyId(), v.customerId(), v.type(), v.documentNumber(),
        v.installmentNo(), v.originalAmount(), v.documentDate(), v.dueDate(), v.valueDate()));
  }

  private static Money money(Entry e) {
    return Money.ofMinor(Math.abs(e.amountMinor()), e.currency());
  }
}
