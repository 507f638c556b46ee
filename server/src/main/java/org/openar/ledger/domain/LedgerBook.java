package org.openar.ledger.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.openar.customers.CompanyId;
import org.openar.ledger.AllocationId;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.Ledger;
import org.openar.ledger.LedgerError;
import org.openar.shared.error.OpenArException;

/**
 * A set of items and their allocation rows, and the operations that change them: post, allocate, unallocate, reverse,
 * write off. The application loads the items a call touches into a book, runs the operation and writes back the
 * {@link Changes}; tests run whole ledgers in one book. An operation checks everything before it changes anything, so a
 * refused operation leaves the book as it was.
 */
public final class LedgerBook {

  private final Supplier<UUID> ids;
  private final Map<ItemId, Item> items = new LinkedHashMap<>();
  private final Map<AllocationId, Entry> entries = new LinkedHashMap<>();
  private final Map<AllocationId, AllocationId> undoneBy = new HashMap<>();
  private final Set<String> documentKeys = new HashSet<>();
  private final List<Item> newItems = new ArrayList<>();
  private final List<Entry> newEntries = new ArrayList<>();
  private final Set<Item> touched = new LinkedHashSet<>();

  public LedgerBook(Supplier<UUID> ids) {
    this.ids = ids;
  }

  /** What an operation (or several) changed: items to insert, rows to insert, and every item whose state moved. */
  public record Changes(List<Item> newItems, List<Entry> newEntries, List<Item> touched) {}

  /** Loads a persisted item. */
  public Item restore(ItemFacts facts, long openMinor, ItemStatus status) {
    Item item = new Item(facts, openMinor, status);
    items.put(item.id(), item);
    documentKeys.add(key(facts));
    return item;
  }

  /** Loads a persisted row, after the items it touches that are part of this book. */
  public void restore(Entry e) {
    entries.put(e.id(), e);
    attachToItems(e);
    if (e.isUndo()) {
      undoneBy.put(e.undoes(), e.id());
    }
  }

  public Item post(CompanyId company, Ledger.PostItem p) {
    ItemRules.throwIfAny(ItemRules.violations(p));
    ItemFacts facts = ItemRules.facts(newItemId(), company, p);
    if (documentKeys.contains(key(facts))) {
      throw new OpenArException(LedgerError.LEDGER_DUPLICATE_DOCUMENT, facts.type(), facts.documentNumber())
          .onField("documentNumber");
    }
    return add(facts);
  }

  public List<Allocator.Applied> allocate(Ledger.Allocate request, LocalDate today) {
    return new Allocator(this).allocate(request, today);
  }

  /** Undoes an allocation; returns the unallocation rows written, the requested one first. */
  public List<Entry> unallocate(Ledger.Unallocate request, LocalDate today) {
    return new Unwinder(this).unallocate(request, today);
  }

  public Unwinder.Reversal reverse(Ledger.Reverse request, LocalDate today) {
    return new Unwinder(this).reverse(request, today);
  }

  public Allocator.Applied writeOff(Ledger.WriteOff request, LocalDate today) {
    return new Allocator(this).writeOff(request, today);
  }

  public Discounts.Offer discountOn(ItemId id, LocalDate paymentDate) {
    return Discounts.on(require(id, "itemId"), paymentDate);
  }

  public Optional<Item> find(ItemId id) {
    return Optional.ofNullable(items.get(id));
  }

  public Item require(ItemId id, String field) {
    Item item = id == null ? null : items.get(id);
    if (item == null) {
      throw new OpenArException(LedgerError.LEDGER_ITEM_NOT_FOUND, String.valueOf(id)).onField(field);
    }
    return item;
  }

  public Collection<Item> items() {
    return Collections.unmodifiableCollection(items.values());
  }

  public Collection<Entry> entries() {
    return Collections.unmodifiableCollection(entries.values());
  }

  public Optional<Entry> entry(AllocationId id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** The unallocation row that undid {@code allocation}, or null. */
  public AllocationId undoneBy(AllocationId allocation) {
    return undoneBy.get(allocation);
  }

  /** An allocation that has not been undone. */
  public boolean isActive(Entry e) {
    return !e.isUndo() && !undoneBy.containsKey(e.id());
  }

  /** Hands over what changed since the last call and starts a new change set. */
  public Changes drainChanges() {
    Changes c = new Changes(List.copyOf(newItems), List.copyOf(newEntries), List.copyOf(touched));
    newItems.clear();
    newEntries.clear();
    touched.clear();
    return c;
  }

  Item add(ItemFacts facts) {
    Item item = restore(facts, facts.originalMinor(), ItemStatus.OPEN);
    newItems.add(item);
    touched.add(item);
    return item;
  }

  /** Writes a row and applies it to both items. */
  Entry record(Entry e) {
    entries.put(e.id(), e);
    Item credit = items.get(e.creditId());
    Item debit = items.get(e.debitId());
    credit.apply(e.amountMinor());
    debit.apply(e.amountMinor());
    attachToItems(e);
    if (e.isUndo()) {
      undoneBy.put(e.undoes(), e.id());
    }
    newEntries.add(e);
    touched.add(credit);
    touched.add(debit);
    return e;
  }

  void markReversed(Item item) {
    item.markReversed();
    touched.add(item);
  }

  ItemId newItemId() {
    return new ItemId(ids.get());
  }

  AllocationId newAllocationId() {
    return new AllocationId(ids.get());
  }

  private void attachToItems(Entry e) {
    Item credit = items.get(e.creditId());
    Item debit = items.get(e.debitId());
    if (credit != null) {
      credit.attach(e);
    }
    if (debit != null && debit != credit) {
      debit.attach(e);
    }
  }

  private static String key(ItemFacts f) {
    if (f.type().isSystem()) {
      return "system:" + f.id();
    }
    return f.companyId() + "|" + f.type() + "|" + f.documentNumber() + "|" + f.installmentNo();
  }
}
