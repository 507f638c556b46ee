package org.openar.ledger.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openar.ledger.ItemType;
import org.openar.ledger.Ledger;
import org.openar.ledger.LedgerError;
import org.openar.ledger.Side;
import org.openar.shared.error.OpenArException;

/**
 * Undoing: unallocation and reversal. An allocation is undone by a new row with the negative amount; a discount earned
 * by a payment allocation is undone with it, and a system credit (discount, write-off) whose allocation is undone is
 * reversed, since it only exists for that debit. A reversal undoes every allocation of the item on the reversal date,
 * then posts a REVERSAL counter-entry on the other side and allocates the two against each other, so balances and
 * every other item return to exactly what they would be without the item.
 */
public final class Unwinder {

  /** The reversed item, its counter-entry and the unallocation rows written on the way. */
  public record Reversal(Item reversed, Item reversal, List<Entry> undoRows) {}

  private final LedgerBook book;

  Unwinder(LedgerBook book) {
    this.book = book;
  }

  List<Entry> unallocate(Ledger.Unallocate request, LocalDate today) {
    Entry e = request.allocationId() == null ? null : book.entry(request.allocationId()).orElse(null);
    if (e == null) {
      throw new OpenArException(LedgerError.LEDGER_ALLOCATION_NOT_FOUND, String.valueOf(request.allocationId()))
          .onField("allocationId");
    }
    if (!book.isActive(e)) {
      throw new OpenArException(LedgerError.LEDGER_ALLOCATION_NOT_ACTIVE, e.id()).onField("allocationId");
    }
    Item credit = book.require(e.creditId(), "allocationId");
    Item debit = book.require(e.debitId(), "allocationId");
    if (credit.type() == ItemType.REVERSAL || debit.type() == ItemType.REVERSAL) {
      throw new OpenArException(LedgerError.LEDGER_ALLOCATION_NOT_REVERSIBLE, e.id()).onField("allocationId");
    }
    LocalDate date = Dates.effective(request.effectiveDate() == null ? today : request.effectiveDate(), today,
        e.effectiveDate(), "effectiveDate");
    List<Entry> rows = new ArrayList<>();
    undo(e, date, trim(request.note()), null, rows);
    return rows;
  }

  Reversal reverse(Ledger.Reverse request, LocalDate today) {
    Item item = book.require(request.itemId(), "itemId");
    if (item.isReversed()) {
      throw new OpenArException(LedgerError.LEDGER_ITEM_REVERSED, item.documentNumber()).onField("itemId");
    }
    if (request.reason() == null || request.reason().isBlank()) {
      throw new OpenArException(LedgerError.LEDGER_REASON_REQUIRED).onField("reason");
    }
    LocalDate date = Dates.effective(request.date() == null ? today : request.date(), today,
        item.lastMovementDate(), "date");
    List<Entry> rows = new ArrayList<>();
    Item reversal = reverseInternal(item, date, request.reason().trim(), rows);
    return new Reversal(item, reversal, rows);
  }

  private void undo(Entry e, LocalDate date, String note, Item reversing, List<Entry> rows) {
    if (!book.isActive(e)) {
      return;
    }
    rows.add(book.record(new Entry(book.newAllocationId(), e.creditId(), e.debitId(), e.currency(),
        -e.amountMinor(), date, e.id(), null, note)));
    Item debit = book.require(e.debitId(), "allocationId");
    for (Entry linked : List.copyOf(debit.entries())) {
      if (e.id().equals(linked.linkedTo())) {
        undo(linked, date, note, reversing, rows);
      }
    }
    Item credit = book.require(e.creditId(), "allocationId");
    if (credit.type().isSystem() && credit != reversing && !credit.isReversed()) {
      reverseInternal(credit, date, note, rows);
    }
  }

  private Item reverseInternal(Item item, LocalDate date, String reason, List<Entry> rows) {
    for (Entry e : List.copyOf(item.entries())) {
      undo(e, date, reason, item, rows);
    }
    if (item.openMinor() != item.originalMinor()) {
      throw new IllegalStateException("after undoing its allocations " + item + " should be fully open");
    }
    ItemFacts f = item.facts();
    Side side = f.side().opposite();
    Item reversal = book.add(new ItemFacts(book.newItemId(), f.companyId(), f.customerId(), ItemType.REVERSAL, side,
        f.documentNumber(), f.installmentNo(), f.currency(), f.originalMinor(), date,
        side == Side.DEBIT ? date : null, side == Side.CREDIT ? date : null, null, null, reason, null, f.id()));
    Item credit = side == Side.CREDIT ? reversal : item;
    Item debit = side == Side.DEBIT ? reversal : item;
    book.record(new Entry(book.newAllocationId(), credit.id(), debit.id(), f.currency(), f.originalMinor(), date,
        null, null, reason));
    book.markReversed(item);
    book.markReversed(reversal);
    return reversal;
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
