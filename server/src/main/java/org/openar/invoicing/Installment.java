package org.openar.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

/**
 * One installment of the schedule. {@code percent} is set for percentage schedules; {@code ledgerItemId} and
 * {@code openAmount} once the invoice is issued (the open amount as last reported by the ledger).
 */
public record Installment(int installmentNo, BigDecimal percent, LocalDate dueDate, Money amount, Money openAmount,
    ItemId ledgerItemId) {}
