package org.openar.collections;

import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

public record ChargePosted(ChargeId chargeId, ChargeKind kind, CustomerId customerId, ItemId invoiceItemId,
    ItemId chargeItemId, Money amount) {}
