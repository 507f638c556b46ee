package org.openar.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;

/**
 * The aging report: open items as of any date up to today, reconstructed from the ledger's history, in buckets, grouped
 * by customer, sales rep, company or currency, per currency or converted to the company's base currency. What the
 * current actor may not see (a SALES_REP: other reps' customers) is not in it.
 */
public interface AgingReports {

  /** Row sort fields: {@code total} (default, descending), {@code overdue}, {@code code}, {@code b0}..{@code bN}. */
  Set<String> BASE_SORT_FIELDS = Set.of("total", "overdue", "code");

  /**
   * @throws org.openar.shared.error.OpenArException REPORTING_DATE_IN_FUTURE, LEDGER_FX_RATE_MISSING (when converting
   *     without a rate in force on the date), INVALID_PAGING (unknown sort field)
   */
  AgingResult report(AgingRequest request, PageQuery page);

  /**
   * The items of one group ({@code groupKey} as in {@link AgingRow#key}; null: all groups), optionally of one bucket.
   * Sort fields: {@link org.openar.ledger.LedgerReports#AGING_ITEM_SORT_FIELDS}.
   *
   * @throws org.openar.shared.error.OpenArException REPORTING_INVALID_GROUP_KEY, REPORTING_INVALID_BUCKET
   */
  Page<AgingItemRow> items(AgingRequest request, String groupKey, Integer bucket, PageQuery page);

  /** What an export contains: the grouped rows with totals, or the items behind them. */
  enum ExportLevel { GROUPS, ITEMS }

  /**
   * Checks the export (dates, group, bucket, rates, the Excel row limit) and returns it ready to write, so a refusal
   * comes before the first byte of the file.
   */
  Export export(AgingRequest request, String groupKey, Integer bucket, ExportLevel level, ExportFormat format,
      Locale locale);

  /** An export that passed every check. */
  interface Export {
    String filename();

    ExportFormat format();

    void writeTo(OutputStream out) throws IOException;
  }
}
