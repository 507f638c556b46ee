package org.openar.ledger.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openar.audit.AuditTrail;
import org.openar.customers.CompanyId;
import org.openar.ledger.AllocationReversed;
import org.openar.ledger.AllocationView;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemPosted;
import org.openar.ledger.ItemReversed;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.ItemsAllocated;
import org.openar.ledger.Ledger;
import org.openar.ledger.LedgerError;
import org.openar.ledger.domain.Allocator.Applied;
import org.openar.ledger.domain.Entry;
import org.openar.ledger.domain.ItemFacts;
import org.openar.ledger.domain.ItemRules;
import org.openar.ledger.domain.LedgerBook;
import org.openar.ledger.domain.Unwinder;
import org.openar.ledger.persistence.AllocationRepository;
import org.openar.ledger.persistence.ItemRepository;
import org.openar.ledger.persistence.StoredEntry;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.Money;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's write side: loads and locks what a call touches, lets the domain decide, writes, audits, publishes.
 * Every refusal is decided before anything is written, so it need not doom a caller's surrounding transaction
 * ({@code noRollbackFor}): an import loop can skip a refused row and go on.
 */
@Service
public class LedgerService implements Ledger {

  private final BookLoader loader;
  private final ChangeWriter writer;
  private final AllocationRepository allocations;
  private final ItemRepository items;
  private final CustomerDirectory directory;
  private final BulkPoster bulk;
  private final LedgerBatches batches;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final BusinessCalendar calendar;

  public LedgerService(BookLoader loader, ChangeWriter writer, AllocationRepository allocations,
      ItemRepository items, CustomerDirectory directory, BulkPoster bulk, LedgerBatches batches, AuditTrail audit,
      ApplicationEventPublisher events, BusinessCalendar calendar) {
    this.batches = batches;
    this.loader = loader;
    this.writer = writer;
    this.allocations = allocations;
    this.items = items;
    this.directory = directory;
    this.bulk = bulk;
    this.audit = audit;
    this.events = events;
    this.calendar = calendar;
  }

  @Override
  @Transactional(noRollbackFor = OpenArException.class)
  public ItemView post(PostItem item) {
    LedgerBook book = loader.newBook();
    ItemId id = postInto(book, item);
    ChangeWriter.Written w = writer.write(book.drainChanges(), book);
    return posted(w.item(id));
  }

  @Override
  @Transactional(noRollbackFor = OpenArException.class)
  public AllocationResult receive(PostItem receipt, LocalDate effectiveDate, List<AllocationLine> lines) {
    if (receipt.type() != null && !receipt.type().isCash()) {
      throw new OpenArException(LedgerError.LEDGER_TYPE_NOT_ALLOWED_HERE, receipt.type()).onField("type");
    }
    LedgerBook book = loader.newBook();
    ItemId id = postInto(book, receipt);
    if (lines == null || lines.isEmpty()) {
      ChangeWriter.Written w = writer.write(book.drainChanges(), book);
      return new AllocationResult(posted(w.item(id)), List.of());
    }
    loader.lockInto(book, lines.stream().map(AllocationLine::debitItemId).toList(), false);
    List<BookLoader.ItemState> before = BookLoader.states(book);
    List<Applied> applied = book.allocate(new Allocate(id, effectiveDate, lines, null), calendar.today());
    ChangeWriter.Written w = writer.write(book.drainChanges(), book);
    posted(w.item(id));
    return allocated(w, id, applied, before);
  }

  @Override
  public List<ItemView> postAll(List<PostItem> items) {
    return batches.postAll(items);
  }

  @Override
  public List<AllocationResult> receiveAll(List<Receipt> receipts) {
    return batches.receiveAll(receipts);
  }

  @Override
  public List<AllocationResult> allocateAll(List<Allocate> requests) {
    return batches.allocateAll(requests);
  }

  @Override
  public BulkResult postBulk(List<PostItem> items) {
    return bulk.post(items);
  }

  @Override
  @Transactional(noRollbackFor = OpenArException.class)
  public AllocationResult allocate(Allocate request) {
    Set<ItemId> ids = new LinkedHashSet<>();
    ids.add(request.creditItemId());
    if (request.lines() != null) {
      request.lines().stream().filter(l -> l != null).forEach(l -> ids.add(l.debitItemId()));
    }
    LedgerBook book = loader.lock(ids);
    List<BookLoader.ItemState> before = BookLoader.states(book);
    List<Applied> applied = book.allocate(request, calendar.today());
    return allocated(writer.write(book.drainChanges(), book), request.creditItemId(), applied, before);
  }

  @Override
  @Transactional(noRollbackFor = OpenArException.class)
  public UnallocationResult unallocate(Unallocate request) {
    StoredEntry row = request.allocationId() == null ? null : allocations.find(request.allocationId()).orElse(null);
    if (row == null) {
      throw new OpenArException(LedgerError.LEDGER_ALLOCATION_NOT_FOUND, String.valueOf(request.allocationId()))
          .onField("allocationId");
    }
    LedgerBook book = loader.lockWithCounterparties(List.of(row.entry().creditId(), row.entry().debitId()));
    List<BookLoader.ItemState> before = BookLoader.states(book);
    List<Entry> undone = book.unallocate(request, calendar.today());
    ChangeWriter.Written w = writer.write(book.drainChanges(), book);
    publishUndone(w, undone);
    List<AllocationView> views = w.rows().stream().filter(r -> r.kind() == AllocationView.Kind.UNALLOCATION)
        .toList();
    UnallocationResult result = new UnallocationResult(views, List.copyOf(w.items().values()));
    audit.record("ledger.allocation", request.allocationId().toString(), "unallocated", before, result);
    return result;
  }

  @Override
  @Transactional(noRollbackFor = OpenArException.class)
  public ReversalResult reverse(Reverse request) {
    LedgerBook book = loader.lockWithCounterparties(List.of(request.itemId()));
    List<BookLoader.ItemState> before = BookLoader.states(book);
    Unwinder.Reversal r = book.reverse(request, calendar.today());
    ChangeWriter.Written w = writer.write(book.drainChanges(), book);
    publishUndone(w, r.undoRows());
    List<AllocationView> undone = w.rows().stream().filter(v -> v.kind() == AllocationView.Kind.UNALLOCATION)
        .toList();
    ReversalResult result = new ReversalResult(w.item(r.reversed().id()), w.item(r.reversal().id()), undone);
    audit.record("ledger.item", request.itemId().toString(), "reversed", before, result);
    return result;
  }

  @Override
  @Transactional(noRollbackFor = OpenArException.class)
  public WriteOffResult writeOff(WriteOff request) {
    LedgerBook book = loader.lock(List.of(request.debitItemId()));
    List<BookLoader.ItemState> before = BookLoader.states(book);
    Applied a = book.writeOff(request, calendar.today());
    ChangeWriter.Written w = writer.write(book.drainChanges(), book);
    WriteOffResult result = new WriteOffResult(w.item(a.credit().id()), a.entry().id(), w.item(a.debit().id()));
    events.publishEvent(new ItemsAllocated(a.credit().id(), ItemType.WRITE_OFF, a.debit().customerId(),
        List.of(line(a, w))));
    audit.record("ledger.item", request.debitItemId().toString(), "written-off", before, result);
    return result;
  }

  private ItemId postInto(LedgerBook book, PostItem item) {
    ItemRules.throwIfAny(ItemRules.violations(item));
    CompanyId company = directory.resolve(item.customerId(), item.companyId());
    ItemFacts facts = book.post(company, item).facts();
    if (items.documentTaken(facts)) {
      throw new OpenArException(LedgerError.LEDGER_DUPLICATE_DOCUMENT, facts.type(), facts.documentNumber())
          .onField("documentNumber");
    }
    return facts.id();
  }

  private ItemView posted(ItemView v) {
    audit.record("ledger.item", v.id().toString(), "posted", null, v);
    events.publishEvent(new ItemPosted(v.id(), v.companyId(), v.customerId(), v.type(), v.documentNumber(),
        v.installmentNo(), v.originalAmount(), v.documentDate(), v.dueDate(), v.valueDate()));
    return v;
  }

  private AllocationResult allocated(ChangeWriter.Written w, ItemId creditId, List<Applied> applied,
      List<BookLoader.ItemState> before) {
    List<AppliedLine> lines = new ArrayList<>();
    List<ItemsAllocated.Line> eventLines = new ArrayList<>();
    for (Applied a : applied) {
      Money discount = a.discount() == null ? null : money(a.discount());
      lines.add(new AppliedLine(a.entry().id(), a.debit().id(), a.debit().documentNumber(), money(a.entry()),
          a.entry().effectiveDate(), discount, a.discountItem() == null ? null : a.discountItem().id(),
          a.discount() == null ? null : a.discount().id(), w.item(a.debit().id()).openAmount()));
      eventLines.add(line(a, w));
    }
    ItemView credit = w.item(creditId);
    AllocationResult result = new AllocationResult(credit, lines);
    audit.record("ledger.item", creditId.toString(), "allocated", before, result);
    events.publishEvent(new ItemsAllocated(creditId, credit.type(), credit.customerId(), eventLines));
    return result;
  }

  private static ItemsAllocated.Line line(Applied a, ChangeWriter.Written w) {
    return new ItemsAllocated.Line(a.entry().id(), a.debit().id(), money(a.entry()), a.entry().effectiveDate(),
        a.discount() == null ? null : money(a.discount()), w.item(a.debit().id()).openAmount());
  }

  private void publishUndone(ChangeWriter.Written w, List<Entry> undoRows) {
    for (Entry u : undoRows) {
      ItemView credit = w.item(u.creditId());
      events.publishEvent(new AllocationReversed(u.undoes(), u.id(), credit.customerId(), u.creditId(), u.debitId(),
          Money.ofMinor(-u.amountMinor(), u.currency()), u.effectiveDate()));
    }
    for (ItemId created : w.created()) {
      ItemView v = w.item(created);
      if (v.type() == ItemType.REVERSAL) {
        ItemView reversed = w.item(v.reversesItemId());
        events.publishEvent(new ItemReversed(reversed.id(), v.id(), v.customerId(), reversed.type(),
            reversed.documentNumber(), reversed.originalAmount(), v.documentDate(), v.description()));
      }
    }
  }

  private static Money money(Entry e) {
    return Money.ofMinor(Math.abs(e.amountMinor()), e.currency());
  }
}
