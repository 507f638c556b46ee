package org.openar.audit;

import java.time.Instant;
import java.util.List;
import org.openar.shared.paging.Totals;

/**
 * The audit log. {@link #record} joins the caller's transaction, so a change and its audit row commit or roll back
 * together. Entries are chained: each row's hash covers its content and the previous row's hash, so editing or deleting
 * any row behind the application's back breaks {@link #verify()}.
 */
public interface AuditTrail {

  /**
   * Records one state change by the current actor.
   *
   * @param entityType e.g. {@code customer}, {@code ledger.item}
   * @param entityId the entity's id as text
   * @param action e.g. {@code created}, {@code allocated}, {@code reversed}
   * @param before the state before (any JSON-serialisable value, or null)
   * @param after the state after (or null)
   */
  void record(String entityType, String entityId, String action, Object before, Object after);

  /**
   * Records many state changes by the current actor, in list order, exactly as calling {@link #record} once per entry
   * would (same rows, same chain), but sent to the database as one batch. Joins the caller's transaction.
   */
  void recordAll(List<Entry> entries);

  /** One state change for {@link #recordAll}; the arguments of {@link #record}. */
  record Entry(String entityType, String entityId, String action, Object before, Object after) {}

  /** Re-computes the whole chain. */
  AuditVerification verify();

  List<AuditEntryView> search(AuditQuery query);

  long count(AuditQuery query);

  /** The total for a list page of {@link #search}: exact up to {@link Totals#EXACT_UP_TO} rows past it, else estimated. */
  Totals.Total total(AuditQuery query, int rowsOnPage);

  /** Filters for the audit viewer; every field optional. */
  record AuditQuery(String entityType, String entityId, String actor, Instant from, Instant to, int page, int size) {}

  /** One audit row as shown to auditors; before/after as JSON text. */
  record AuditEntryView(long seq, Instant occurredAt, String actor, String entityType, String entityId, String action,
      String before, String after, String hash) {}

  /**
   * Result of re-computing the chain.
   *
   * @param ok whether every row is intact and the chain is complete
   * @param rowsChecked how many rows were checked
   * @param problems the first problems found (row number and what is wrong), at most 100
   */
  record AuditVerification(boolean ok, long rowsChecked, List<String> problems) {}
}
