package org.openar.ledger.app;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openar.ledger.AllocationId;
import org.openar.ledger.AllocationView;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemView;
import org.openar.ledger.domain.Entry;
import org.openar.ledger.domain.Item;
import org.openar.ledger.domain.LedgerBook;
import org.openar.ledger.persistence.AllocationRepository;
import org.openar.ledger.persistence.ItemRepository;
import org.openar.ledger.persistence.StoredItem;
import org.openar.shared.money.Money;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Writes what a {@link LedgerBook} operation changed, in the order the database's own checks expect: new items (open
 * for their whole amount), then the allocation rows, then the items' new open amounts and statuses. Returns the stored
 * state, so callers answer with exactly what was committed.
 */
@Component
public class ChangeWriter {

  private final ItemRepository items;
  private final AllocationRepository allocations;
  private final Clock clock;

  public ChangeWriter(ItemRepository items, AllocationRepository allocations, Clock clock) {
    this.items = items;
    this.allocations = allocations;
    this.clock = clock;
  }

  /** What was written, as views. */
  public record Written(Map<ItemId, ItemView> items, List<ItemId> created, List<AllocationView> rows, Instant at,
      String by) {
    public ItemView item(ItemId id) {
      return items.get(id);
    }
  }

  public Written write(LedgerBook.Changes changes, LedgerBook book) {
    return write(changes, book, false);
  }

  /** {@link #write}, with the allocation rows sent as one batch: for bulk calls with thousands of rows. */
  public Written writeBatched(LedgerBook.Changes changes, LedgerBook book) {
    return write(changes, book, true);
  }

  private Written write(LedgerBook.Changes changes, LedgerBook book, boolean batched) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String by = CurrentActor.get().username();
    items.insert(changes.newItems(), now, by);
    if (batched) {
      allocations.insertAll(changes.newEntries(), now, by);
    } else {
      allocations.insert(changes.newEntries(), now, by);
    }
    List<Item> moved = new ArrayList<>();
    for (Item i : changes.touched()) {
      boolean untouchedNew = changes.newItems().contains(i) && i.status() == ItemStatus.OPEN
          && i.openMinor() == i.originalMinor();
      if (!untouchedNew) {
        moved.add(i);
      }
    }
    items.updateStates(moved);
    Map<ItemId, ItemView> views = new LinkedHashMap<>();
    for (Item i : changes.touched()) {
      views.put(i.id(), null);
    }
    for (StoredItem s : items.findAll(views.keySet())) {
      views.put(s.facts().id(), s.view());
    }
    List<AllocationView> rows = new ArrayList<>();
    for (Entry e : changes.newEntries()) {
      rows.add(view(e, book.undoneBy(e.id()), now, by));
    }
    return new Written(views, changes.newItems().stream().map(Item::id).toList(), rows, now, by);
  }

  public static AllocationView view(Entry e, AllocationId undoneBy, Instant at, String by) {
    return new AllocationView(e.id(), e.isUndo() ? AllocationView.Kind.UNALLOCATION : AllocationView.Kind.ALLOCATION,
        e.creditId(), e.debitId(), Money.ofMinor(Math.abs(e.amountMinor()), e.currency()), e.effectiveDate(),
        e.undoes(), undoneBy, e.linkedTo(), e.note(), at, by);
  }

}
