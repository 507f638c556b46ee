package org.openar.collections.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.openar.audit.AuditTrail;
import org.openar.collections.PlacementId;
import org.openar.collections.PlacementStatus;
import org.openar.collections.PlacementView.Recovery;
import org.openar.collections.persistence.PlacementRepository;
import org.openar.collections.persistence.PlacementRepository.ActivePlacement;
import org.openar.ledger.AllocationReversed;
import org.openar.ledger.ItemsAllocated;
import org.openar.ledger.ItemsAllocatedInBulk;
import org.openar.shared.money.Money;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Recoveries of placed items, learnt from the ledger: a cash receipt applied to a placed item is a recovery with the
 * placement's commission; an undone allocation a negative one. A placement whose items are all settled closes.
 */
@Component
class Recoveries {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final PlacementRepository placements;
  private final AuditTrail audit;
  private final Clock clock;

  Recoveries(PlacementRepository placements, AuditTrail audit, Clock clock) {
    this.placements = placements;
    this.audit = audit;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(ItemsAllocated e) {
    for (ItemsAllocated.Line line : e.lines()) {
      Optional<ActivePlacement> placement = placements.activeFor(line.debitItemId());
      if (placement.isEmpty()) {
        continue;
      }
      PlacementId id = placement.get().id();
      if (e.creditType().isCash()) {
        Money commission = line.amount().times(placement.get().commissionPercent().divide(HUNDRED),
            RoundingMode.HALF_EVEN);
        placements.recover(id, line.debitItemId(), line.allocationId().value(), line.amount(), commission,
            line.effectiveDate(), clock.instant());
      }
      if (line.debitOpenAfter().isZero()) {
        placements.settleItem(id, line.debitItemId());
        closeIfSettled(id, line.effectiveDate());
      }
    }
  }

  /** The receipts of a bulk call one after the other, after one query that finds most bulk loads touch no placement. */
  @ApplicationModuleListener
  void on(ItemsAllocatedInBulk e) {
    if (placements.anyActiveFor(e.debitItemIds())) {
      e.allocations().forEach(this::on);
    }
  }

  @ApplicationModuleListener
  void on(AllocationReversed e) {
    Optional<Recovery> recovered = placements.recoveryOf(e.allocationId().value());
    Optional<PlacementId> placement = placements.placementOfRecovery(e.allocationId().value());
    if (recovered.isPresent() && placement.isPresent()) {
      Recovery r = recovered.get();
      placements.recover(placement.get(), r.itemId(), e.unallocationId().value(), r.amount().negate(),
          r.commission().negate(), e.effectiveDate(), clock.instant());
    }
  }

  private void closeIfSettled(PlacementId id, java.time.LocalDate on) {
    if (placements.activeItemCounts(List.of(id)).getOrDefault(id, 0) == 0
        && placements.close(id, PlacementStatus.CLOSED, on, "all placed items settled")) {
      audit.record("collections.placement", id.toString(), "closed", null, placements.find(id).orElseThrow());
    }
  }
}
