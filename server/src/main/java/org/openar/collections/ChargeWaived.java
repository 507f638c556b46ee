package org.openar.collections;

import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

/** A waiver was approved: the charge's ledger item was reversed. */
public record ChargeWaived(ChargeId chargeId, CustomerId customerId, ItemId chargeItemId, Money amount,
    String approvalId) {}
