package org.openar.ledger.app;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openar.ledger.AllocationId;
import org.openar.ledger.ItemId;
import org.openar.ledger.domain.Entry;
import org.openar.ledger.domain.LedgerBook;
import org.openar.ledger.persistence.AllocationRepository;
import org.openar.ledger.persistence.ItemRepository;
import org.openar.ledger.persistence.StoredEntry;
import org.openar.ledger.persistence.StoredItem;
import org.openar.shared.id.Ids;
import org.springframework.stereotype.Component;

/**
 * Loads the part of the ledger an operation touches into a {@link LedgerBook}, locking every item it loads (without
 * waiting) and every allocation row of those items, so the domain decides on the current, complete history.
 */
@Component
public class BookLoader {

  /** An item's state, as audit records keep it before and after a change. */
  public record ItemState(ItemId id, String documentNumber, org.openar.shared.money.Money open,
      org.openar.ledger.ItemStatus status) {}

  private final ItemRepository items;
  private final AllocationRepository allocations;

  public BookLoader(ItemRepository items, AllocationRepository allocations) {
    this.items = items;
    this.allocations = allocations;
  }

  public LedgerBook newBook() {
    return new LedgerBook(Ids::newId);
  }

  /** The items, locked, with their rows. */
  public LedgerBook lock(Collection<ItemId> ids) {
    LedgerBook book = newBook();
    lockInto(book, ids, false);
    return book;
  }

  /**
   * The items, the items they are allocated with, and the discounts their allocations earned: everything an
   * unallocation or reversal may have to undo.
   */
  public LedgerBook lockWithCounterparties(Collection<ItemId> ids) {
    LedgerBook book = newBook();
    lockInto(book, ids, true);
    return book;
  }

  /** The state of every item in the book, for the audit record's "before". */
  public static java.util.List<ItemState> states(LedgerBook book) {
    return book.items().stream().map(i -> new ItemState(i.id(), i.documentNumber(), i.open(), i.status())).toList();
  }

  /** Adds the items (locked) and their rows to an existing book. */
  public void lockInto(LedgerBook book, Collection<ItemId> ids, boolean withCounterparties) {
    Map<ItemId, StoredItem> loaded = new LinkedHashMap<>();
    Map<AllocationId, Entry> rows = new LinkedHashMap<>();
    load(ids, loaded, rows);
    if (withCounterparties) {
      Set<AllocationId> own = new HashSet<>(rows.keySet());
      load(counterparties(rows.values(), loaded.keySet()), loaded, rows);
      Set<ItemId> earned = new HashSet<>();
      for (Entry e : rows.values()) {
        if (e.linkedTo() != null && own.contains(e.linkedTo()) && !loaded.containsKey(e.creditId())) {
          earned.add(e.creditId());
        }
      }
      load(earned, loaded, rows);
    }
    loaded.values().forEach(s -> book.restore(s.facts(), s.openMinor(), s.status()));
    rows.values().forEach(book::restore);
  }

  private void load(Collection<ItemId> ids, Map<ItemId, StoredItem> loaded, Map<AllocationId, Entry> rows) {
    Set<ItemId> fresh = new HashSet<>(ids);
    fresh.removeAll(loaded.keySet());
    fresh.remove(null);
    if (fresh.isEmpty()) {
      return;
    }
    for (StoredItem s : items.lock(fresh)) {
      loaded.put(s.facts().id(), s);
    }
    for (StoredEntry s : allocations.ofItems(fresh)) {
      rows.putIfAbsent(s.entry().id(), s.entry());
    }
  }

  private static Set<ItemId> counterparties(Collection<Entry> rows, Set<ItemId> loaded) {
    Set<ItemId> result = new HashSet<>();
    for (Entry e : rows) {
      result.add(e.creditId());
      result.add(e.debitId());
    }
    result.removeAll(loaded);
    return result;
  }
}
