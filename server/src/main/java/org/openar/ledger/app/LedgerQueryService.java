package org.openar.ledger.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomersError;
import org.openar.ledger.AgingBasis;
import org.openar.ledger.AgingBuckets;
import org.openar.ledger.AgingReport;
import org.openar.ledger.AllocationId;
import org.openar.ledger.AllocationView;
import org.openar.ledger.CustomerBalance;
import org.openar.ledger.DiscountQuote;
import org.openar.ledger.ItemDetail;
import org.openar.ledger.ItemDetail.Movement;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.LedgerError;
import org.openar.ledger.LedgerQueries;
import org.openar.ledger.domain.AgingCalculator;
import org.openar.ledger.domain.Discounts;
import org.openar.ledger.domain.Entry;
import org.openar.ledger.domain.LedgerBook;
import org.openar.ledger.persistence.AllocationRepository;
import org.openar.ledger.persistence.ItemRepository;
import org.openar.ledger.persistence.ItemSearchRepository;
import org.openar.ledger.persistence.StoredEntry;
import org.openar.ledger.persistence.StoredItem;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.paging.Totals;
import org.openar.shared.security.Actor;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ledger's read side; every read is limited to what the current actor may see. */
@Service
@Transactional(readOnly = true)
public class LedgerQueryService implements LedgerQueries {

  private final ItemRepository items;
  private final AllocationRepository allocations;
  private final ItemSearchRepository search;
  private final CustomerDirectory directory;
  private final BusinessCalendar calendar;

  public LedgerQueryService(ItemRepository items, AllocationRepository allocations, ItemSearchRepository search,
      CustomerDirectory directory, BusinessCalendar calendar) {
    this.items = items;
    this.allocations = allocations;
    this.search = search;
    this.directory = directory;
    this.calendar = calendar;
  }

  @Override
  public Optional<ItemView> find(ItemId id) {
    Actor actor = CurrentActor.get();
    return items.find(id).map(StoredItem::view).filter(v -> directory.canSee(actor, v.customerId()));
  }

  @Override
  public List<ItemView> findAll(Collection<ItemId> ids) {
    Set<CustomerId> visible = directory.visibleTo(CurrentActor.get());
    List<ItemId> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
    List<ItemView> out = new java.util.ArrayList<>(all.size());
    for (int from = 0; from < all.size(); from += 5_000) {
      items.findAll(all.subList(from, Math.min(all.size(), from + 5_000))).stream().map(StoredItem::view)
          .filter(v -> visible == null || visible.contains(v.customerId())).forEach(out::add);
    }
    return out;
  }

  @Override
  public ItemView get(ItemId id) {
    return find(id).orElseThrow(() -> new OpenArException(LedgerError.LEDGER_ITEM_NOT_FOUND, id));
  }

  @Override
  public List<ItemView> findDocuments(org.openar.customers.CompanyId company, ItemType type,
      java.util.Collection<String> documentNumbers) {
    Actor actor = CurrentActor.get();
    List<String> numbers = List.copyOf(new java.util.LinkedHashSet<>(documentNumbers));
    List<ItemView> found = new ArrayList<>();
    for (int from = 0; from < numbers.size(); from += 10_000) {
      items.findDocuments(company, type.name(), numbers.subList(from, Math.min(numbers.size(), from + 10_000)))
          .forEach(s -> found.add(s.view()));
    }
    return found.stream().filter(v -> directory.canSee(actor, v.customerId())).toList();
  }

  @Override
  public ItemDetail detail(ItemId id) {
    ItemView item = get(id);
    List<StoredEntry> written = allocations.ofItems(List.of(id));
    List<Entry> rows = written.stream().map(StoredEntry::entry).toList();
    Map<AllocationId, StoredEntry> stored = written.stream().collect(Collectors.toMap(s -> s.entry().id(), s -> s));
    Map<AllocationId, AllocationId> undoneBy = new HashMap<>();
    rows.stream().filter(Entry::isUndo).forEach(e -> undoneBy.put(e.undoes(), e.id()));
    Map<ItemId, ItemView> counters = new HashMap<>();
    items.findAll(rows.stream().map(e -> e.counterOf(id)).collect(Collectors.toSet()))
        .forEach(s -> counters.put(s.facts().id(), s.view()));
    List<Entry> ordered = new ArrayList<>(rows);
    ordered.sort(Comparator.comparing(Entry::effectiveDate)); // stable: same-day rows keep their written order
    List<Movement> history = new ArrayList<>();
    long open = item.originalAmount().minor();
    for (Entry e : ordered) {
      open -= e.amountMinor();
      history.add(movement(e, id, counters.get(e.counterOf(id)), undoneBy.get(e.id()), open, stored.get(e.id())));
    }
    List<Movement> active = history.stream()
        .filter(m -> m.kind() == AllocationView.Kind.ALLOCATION && m.undoneBy() == null).toList();
    return new ItemDetail(item, active, history, reversalOf(item));
  }

  @Override
  public Page<ItemView> search(ItemQuery q, PageQuery page) {
    Money min = amountBound(q, q.minAmount(), "minAmount");
    Money max = amountBound(q, q.maxAmount(), "maxAmount");
    if (min != null && max != null && min.isGreaterThan(max)) {
      throw new OpenArException(LedgerError.LEDGER_INVALID_RANGE, "minAmount", "maxAmount").onField("minAmount");
    }
    if (q.dueFrom() != null && q.dueTo() != null && q.dueFrom().isAfter(q.dueTo())) {
      throw new OpenArException(LedgerError.LEDGER_INVALID_RANGE, "dueFrom", "dueTo").onField("dueFrom");
    }
    if (q.minDaysOverdue() != null && q.minDaysOverdue() < 0) {
      throw new OpenArException(SharedError.INVALID_VALUE, "minDaysOverdue", q.minDaysOverdue()).onField("minDaysOverdue");
    }
    Set<CustomerId> visible = directory.visibleTo(CurrentActor.get());
    LocalDate today = calendar.today();
    List<ItemView> list = search.search(q, min, max, visible, today, page).stream().map(StoredItem::view).toList();
    Totals.Total total = search.total(q, min, max, visible, today, page, list.size());
    return Page.of(list, total, page);
  }

  @Override
  public void openDebits(CompanyId company, java.util.function.Consumer<ItemView> each) {
    search.openDebits(company, directory.visibleTo(CurrentActor.get()), s -> each.accept(s.view()));
  }

  @Override
  public List<CustomerBalance> balances(CustomerId customer, LocalDate asOf) {
    requireVisible(customer);
    LocalDate day = asOf == null ? calendar.today() : asOf;
    List<ItemSearchRepository.BalanceRow> rows = asOf == null ? search.balances(customer, day)
        : search.balancesAsOf(customer, asOf);
    return rows.stream().map(r -> {
      CurrencyCode ccy = CurrencyCode.of(r.currency());
      return new CustomerBalance(customer, ccy, day, Money.ofMinor(r.openDebit(), ccy),
          Money.ofMinor(r.unappliedCredit(), ccy), Money.ofMinor(r.openDebit() - r.unappliedCredit(), ccy),
          Money.ofMinor(r.overdue(), ccy), r.debitItems(), r.creditItems());
    }).toList();
  }

  @Override
  public DiscountQuote discountAvailable(ItemId id, LocalDate paymentDate) {
    ItemView v = get(id);
    StoredItem s = items.find(id).orElseThrow();
    LedgerBook book = new LedgerBook(() -> {
      throw new IllegalStateException("a quote creates nothing");
    });
    book.restore(s.facts(), s.openMinor(), s.status());
    Discounts.Offer offer = book.discountOn(id, paymentDate);
    Money discount = Money.ofMinor(offer.discountMinor(), v.currency());
    return new DiscountQuote(id, paymentDate, v.openAmount(), offer.percent(), discount,
        v.openAmount().minus(discount), offer.windowEndsOn());
  }

  @Override
  public Money openAsOf(ItemId id, LocalDate date) {
    ItemView v = get(id);
    return Money.ofMinor(search.openAsOf(id, date), v.currency());
  }

  @Override
  public AgingReport aging(CustomerId customer, LocalDate asOf, AgingBasis basis, AgingBuckets buckets) {
    requireVisible(customer);
    LedgerBook book = new LedgerBook(() -> {
      throw new IllegalStateException("aging creates nothing");
    });
    List<StoredItem> all = items.ofCustomer(customer);
    all.forEach(s -> book.restore(s.facts(), s.openMinor(), s.status()));
    allocations.ofItems(all.stream().map(s -> s.facts().id()).toList()).forEach(e -> book.restore(e.entry()));
    return AgingCalculator.aging(book.items(), asOf, basis, buckets);
  }

  private ItemView reversalOf(ItemView item) {
    if (item.type() == ItemType.REVERSAL) {
      return items.find(item.reversesItemId()).map(StoredItem::view).orElse(null);
    }
    return item.status() == ItemStatus.REVERSED ? items.reversalOf(item.id()).map(StoredItem::view).orElse(null)
        : null;
  }

  private static Movement movement(Entry e, ItemId self, ItemView counter, AllocationId undoneBy, long openAfter,
      StoredEntry stored) {
    Money amount = Money.ofMinor(Math.abs(e.amountMinor()), e.currency());
    return new Movement(e.id(), e.isUndo() ? AllocationView.Kind.UNALLOCATION : AllocationView.Kind.ALLOCATION,
        e.counterOf(self), counter == null ? null : counter.type(), counter == null ? null : counter.documentNumber(),
        amount, Money.ofMinor(-e.amountMinor(), e.currency()), Money.ofMinor(openAfter, e.currency()),
        e.effectiveDate(), e.undoes(), undoneBy, e.note(), stored.createdAt(), stored.createdBy());
  }

  private static Money amountBound(ItemQuery q, java.math.BigDecimal amount, String field) {
    if (amount == null) {
      return null;
    }
    if (q.currency() == null) {
      throw new OpenArException(LedgerError.LEDGER_AMOUNT_FILTER_NEEDS_CURRENCY, field).onField(field);
    }
    try {
      return Money.of(amount, q.currency());
    } catch (OpenArException e) {
      throw e.onField(field);
    }
  }

  private void requireVisible(CustomerId customer) {
    if (directory.companyOf(customer).isEmpty() || !directory.canSee(CurrentActor.get(), customer)) {
      throw new OpenArException(CustomersError.CUSTOMERS_CUSTOMER_NOT_FOUND, customer);
    }
  }
}
