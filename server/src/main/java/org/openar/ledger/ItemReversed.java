package org.openar.ledger;

import java.time.LocalDate;
import org.openar.customers.CustomerId;
import org.openar.shared.money.Money;

/** An item was reversed by the counter-entry {@code reversalItemId} on {@code date}; its allocations were undone first. */
public record ItemReversed(ItemId itemId, ItemId reversalItemId, CustomerId customerId, ItemType type,
    String documentNumber, Money amount, LocalDate date, String reason) {}
