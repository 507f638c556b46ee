package org.openar.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;

/**
 * Escalation: placements of overdue items with collection agencies or lawyers, and the recoveries (payments allocated
 * to placed items, learnt from the ledger) with their commission.
 */
public interface Placements {

  List<AgencyView> agencies(boolean includeInactive);

  AgencyView saveAgency(AgencyId id, String name, PlacementKind kind, BigDecimal commissionPercent, String email,
      String phone, boolean active);

  /**
   * Places items (empty: every overdue item that is not disputed nor placed already) on {@code placedOn} (default
   * today); {@code commissionPercent} null takes the agency's.
   */
  PlacementView place(CustomerId customer, AgencyId agency, List<ItemId> items, LocalDate placedOn,
      BigDecimal commissionPercent, String note);

  /** Takes the items back into normal dunning. */
  PlacementView recall(PlacementId id, String reason);

  PlacementView get(PlacementId id);

  Page<PlacementView> search(CustomerId customer, AgencyId agency, PlacementStatus status, PageQuery page);
}
