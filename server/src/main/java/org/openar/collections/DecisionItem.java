package org.openar.collections;

import java.time.LocalDate;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

/**
 * An item as a decision saw it. {@code excluded} is null for items the communication lists, else why the item was left
 * out: DISPUTED, PROMISED, PLACED.
 */
public record DecisionItem(ItemId itemId, String documentNumber, LocalDate dueDate, long daysOverdue, Money open,
    int level, String excluded) {}
