package org.openar.collections;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

/**
 * Items placed with an agency or lawyer on {@code placedOn} at {@code commissionPercent}; they leave normal dunning while
 * the placement is ACTIVE. Recoveries are the payments allocated to them since, each with its commission.
 */
public record PlacementView(PlacementId id, CustomerId customerId, AgencyId agencyId, String agencyName,
    PlacementKind kind, LocalDate placedOn, BigDecimal commissionPercent, PlacementStatus status, String note,
    List<PlacedItem> items, List<Recovery> recoveries, Money placedTotal, Money recoveredTotal, Money commissionTotal,
    String placedBy, Instant createdAt, LocalDate closedOn, String closeReason) {

  public PlacementView {
    items = List.copyOf(items);
    recoveries = List.copyOf(recoveries);
  }

  public record PlacedItem(ItemId itemId, String documentNumber, Money amount) {}

  /** A payment on a placed item; negative when an earlier one was undone. */
  public record Recovery(ItemId itemId, Money amount, Money commission, LocalDate receivedOn) {}
}
