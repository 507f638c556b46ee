package org.openar.collections;

import java.time.Instant;
import java.time.LocalDate;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

/**
 * A late fee or an interest charge on {@code invoiceItemId}, posted as the ledger FEE / INTEREST item
 * {@code chargeItemId}; interest covers {@code periodFrom}..{@code periodTo}.
 */
public record ChargeView(ChargeId id, ChargeKind kind, CustomerId customerId, ItemId invoiceItemId,
    String invoiceNumber, ItemId chargeItemId, String chargeNumber, Money amount, LocalDate periodFrom,
    LocalDate periodTo, ChargeStatus status, String approvalId, String waiverReason, Instant createdAt,
    Instant waivedAt) {}
