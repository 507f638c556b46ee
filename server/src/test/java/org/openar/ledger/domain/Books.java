package org.openar.ledger.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openar.ledger.AllocationId;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.Ledger;
import org.openar.shared.money.Money;

/** Small helpers so domain tests read like the business case. */
final class Books {

  static final LocalDate TODAY = LocalDate.parse("2026-06-30");

  private Books() {}

  static LedgerBook newBook() {
    return new LedgerBook(UUID::randomUUID);
  }

  static Ledger.AllocationLine line(Item debit, String amount) {
    return new Ledger.AllocationLine(debit.id(), amount == null ? null : Money.parse(amount), null);
  }

  static Ledger.AllocationLine lineWithoutDiscount(Item debit, String amount) {
    return new Ledger.AllocationLine(debit.id(), amount == null ? null : Money.parse(amount), false);
  }

  static List<Allocator.Applied> allocate(LedgerBook book, Item credit, String date, Ledger.AllocationLine... lines) {
    return book.allocate(new Ledger.Allocate(credit.id(), date == null ? null : LocalDate.parse(date),
        Arrays.asList(lines), null), TODAY);
  }

  static List<Entry> unallocate(LedgerBook book, AllocationId id, String date) {
    return book.unallocate(new Ledger.Unallocate(id, date == null ? null : LocalDate.parse(date), "test"), TODAY);
  }

  static Unwinder.Reversal reverse(LedgerBook book, Item item, String date) {
    return book.reverse(new Ledger.Reverse(item.id(), "posted in error", date == null ? null : LocalDate.parse(date)),
        TODAY);
  }

  /** Open amount and status of every item: what must not change when an operation is refused. */
  static Map<ItemId, String> snapshot(LedgerBook book) {
    return book.items().stream().collect(Collectors.toMap(Item::id, i -> i.openMinor() + "/" + i.status()))
        .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  static String state(Item i) {
    return i.open().amount().toPlainString() + " " + i.status();
  }

  static boolean cleared(Item i) {
    return i.status() == ItemStatus.CLEARED && i.openMinor() == 0;
  }
}
