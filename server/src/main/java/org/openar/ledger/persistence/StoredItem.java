package org.openar.ledger.persistence;

import java.time.Instant;
import java.util.UUID;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemView;
import org.openar.ledger.domain.ItemFacts;
import org.openar.shared.money.Money;

/** An item row: its facts, state, and who created it when. */
public record StoredItem(ItemFacts facts, long openMinor, ItemStatus status, UUID batchId, Instant createdAt,
    String createdBy) {

  public ItemView view() {
    ItemFacts f = facts;
    return new ItemView(f.id(), f.companyId(), f.customerId(), f.type(), f.side(), f.documentNumber(),
        f.installmentNo(), f.original(), Money.ofMinor(openMinor, f.currency()), f.documentDate(), f.dueDate(),
        f.valueDate(), f.terms(), f.reference(), f.description(), f.externalRef(), status, f.reversesItemId(),
        batchId, createdAt, createdBy);
  }
}
