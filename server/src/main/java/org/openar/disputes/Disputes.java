package org.openar.disputes;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;

/**
 * Dispute flags on ledger debits. Reads follow the ledger's visibility (a SALES_REP sees only its own customers'
 * disputes; others are "not found"); writes are audited and announced with {@link DisputeOpened} /
 * {@link DisputeResolved}. At most one dispute per item is open at a time (the database enforces it too).
 */
public interface Disputes {

  /** Sort fields of {@link #search}: openedAt, resolvedAt, status, reason, documentNumber. */
  Set<String> SORT_FIELDS = Set.of("openedAt", "resolvedAt", "status", "reason", "documentNumber");

  /**
   * Opens a dispute on a debit item (invoice, fee, interest) that is not reversed.
   *
   * @throws org.openar.shared.error.OpenArException DISPUTES_ALREADY_OPEN when the item has an open dispute
   */
  DisputeView open(ItemId item, DisputeReason reason, String note);

  /** @throws org.openar.shared.error.OpenArException DISPUTES_NOT_OPEN when it was resolved already */
  DisputeView resolve(DisputeId id, DisputeOutcome outcome, String note);

  /** @throws org.openar.shared.error.OpenArException DISPUTES_NOT_FOUND */
  DisputeView get(DisputeId id);

  Optional<DisputeView> openFor(ItemId item);

  /** Filters are optional. */
  Page<DisputeView> search(CustomerId customer, DisputeStatus status, PageQuery page);

  /** Which of these items have an open dispute (for dunning, which checks many items at once). */
  Set<ItemId> openAmong(Collection<ItemId> items);

  /** Every item of these customers that has an open dispute. */
  Set<ItemId> openForCustomers(Collection<CustomerId> customers);
}
