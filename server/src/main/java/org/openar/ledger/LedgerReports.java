package org.openar.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;

/**
 * Reports computed in SQL over the whole ledger, reconstructed for any date from the allocation history (see the
 * package documentation for the formula). They return the same figures as the Java reconstruction
 * ({@link LedgerQueries#aging}) and see what the current actor may see: a SALES_REP only its own customers. Each call
 * is one SQL statement, so it reads one consistent snapshot.
 */
public interface LedgerReports {

  /** Sort fields of {@link #agingItems} (prefix {@code -} for descending); default {@code -daysPast}, oldest first. */
  Set<String> AGING_ITEM_SORT_FIELDS = Set.of("daysPast", "documentDate", "dueDate", "documentNumber", "openAmount");

  /** Open amounts as of the query's date per group and currency, in buckets; groups with nothing open are left out. */
  List<AgingGroup> agingSummary(AgingQuery query, AgingGrouping grouping);

  /** The items behind an aging: those open on the date, optionally only one bucket ({@code bucket} null: all). */
  Page<AgingItem> agingItems(AgingQuery query, Integer bucket, PageQuery page);

  /** Every item {@link #agingItems} would list, streamed in that order, for exports; returns how many. */
  long forEachAgingItem(AgingQuery query, Integer bucket, String sort, Consumer<AgingItem> sink);

  /**
   * A customer's statement of account from {@code from} to {@code to} (inclusive).
   *
   * @throws org.openar.shared.error.OpenArException CUSTOMERS_CUSTOMER_NOT_FOUND (also for a customer the actor may
   *     not see), LEDGER_INVALID_RANGE when {@code from} is after {@code to}
   */
  AccountStatement statement(CustomerId customer, LocalDate from, LocalDate to);

  /**
   * Activity per currency and period for KPIs. Period k (1..n−1) runs from the day after {@code periodEnds[k−1]} to
   * {@code periodEnds[k]}; period 0 is everything up to {@code periodEnds[0]}. Ends must be strictly increasing.
   * {@code company} null: all companies. Periods without activity are left out.
   */
  List<PeriodActivity> periodActivity(CompanyId company, List<LocalDate> periodEnds);
}
