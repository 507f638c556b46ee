package org.openar.ledger.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openar.ledger.AgingBasis;
import org.openar.ledger.AgingBuckets;
import org.openar.ledger.AgingQuery;

/**
 * SQL pieces of the aging reports. An item exists from its ledger date; it ages from its basis date. A bucket is a
 * range of basis dates, so the bucket test compares dates instead of computing day counts per row; the ranges are
 * exactly those of {@link AgingBuckets#indexOf}.
 *
 * <p>Dates go into the SQL as literals (ISO text of a {@link LocalDate}, so nothing can be injected), not as
 * parameters: the driver prepares a statement on the server after a few runs and PostgreSQL may then switch to a
 * generic plan that knows no date, guesses a third of the rows per date condition and aggregates serially; with the
 * dates in view it estimates from the statistics and plans like the plain GROUP BY over the table.
 */
final class AgingSql {

  static final String LEDGER_DATE = "coalesce(i.value_date, i.document_date)";

  private AgingSql() {}

  static String date(LocalDate d) {
    return "date '" + d + "'";
  }

  /**
   * "The item exists on {@code d}", i.e. {@code coalesce(value_date, document_date) <= d}, written so that the planner
   * estimates it from the columns' statistics (behind a coalesce it assumes a third of the rows).
   */
  static String existsOn(LocalDate d) {
    return "(i.value_date <= " + date(d) + " or (i.value_date is null and i.document_date <= " + date(d) + "))";
  }

  /** The date an item ages from: debits their due or document date, credits their value date. */
  static String basisDate(AgingBasis basis) {
    return basis == AgingBasis.DUE_DATE ? "coalesce(i.due_date, i.value_date)" : LEDGER_DATE;
  }

  /** The condition "the item is in bucket {@code k}" on the basis date {@code column}. */
  static String inBucket(String column, AgingQuery q, int k) {
    LocalDate[] range = range(q.asOf(), q.buckets(), k);
    List<String> parts = new ArrayList<>(2);
    if (range[0] != null) {
      parts.add(column + " >= " + date(range[0]));
    }
    if (range[1] != null) {
      parts.add(column + " < " + date(range[1]));
    }
    return String.join(" and ", parts);
  }

  /**
   * Basis dates of bucket {@code k}: {lowest inclusive, highest exclusive}, null meaning unbounded. Bucket 0 (current)
   * holds basis dates on or after the report date, bucket i (bound b_i) those b_{i-1} + 1 .. b_i days before it.
   */
  static LocalDate[] range(LocalDate asOf, AgingBuckets buckets, int k) {
    List<Integer> bounds = buckets.bounds();
    if (k == 0) {
      return new LocalDate[] {asOf, null};
    }
    int previous = k == 1 ? 0 : bounds.get(k - 2);
    LocalDate hi = asOf.minusDays(previous);
    if (k == bounds.size() + 1) {
      return new LocalDate[] {null, hi};
    }
    return new LocalDate[] {asOf.minusDays(bounds.get(k - 1)), hi};
  }

  /** Restrictions common to every aging query; {@code customers} null means all customers. */
  static String filters(AgingQuery q, UUID[] customers, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder();
    if (q.companyId() != null) {
      sql.append(" and i.company_id = :company");
      params.put("company", q.companyId().value());
    }
    if (customers != null) {
      sql.append(" and i.customer_id = any(:customers)");
      params.put("customers", customers);
    }
    if (q.currency() != null) {
      sql.append(" and i.currency = :currency");
      params.put("currency", q.currency().code());
    }
    return sql.toString();
  }

  /**
   * Allocation rows effective after the report date, one per item they touch: adding them back to today's open amount
   * gives the open amount on the report date (for a recent date these are few, and the effective-date index finds
   * them).
   */
  static String laterRows(LocalDate d) {
    return "select credit_item_id as item_id, amount_minor from ledger_allocation where effective_date > " + date(d)
        + "\n      union all\n      select debit_item_id, amount_minor from ledger_allocation where effective_date > "
        + date(d);
  }
}
