package org.openar.shared.paging;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The total of a list page without counting a million rows on every call. A page with fewer rows than its size is
 * the last one, so its total is exact for free. Otherwise the planner's estimate of the filter decides: a large one
 * ({@link #ESTIMATE_FROM} rows and more) is answered as it is, never less than this page's end plus one, so the pager
 * always offers the next page; a smaller one is counted exactly up to {@link #EXACT_UP_TO} rows past the page (and
 * estimated beyond). An empty page past the first is counted, so paging beyond an overestimated end gets the exact
 * total back. Measured with {@code openar bench lists}: an exact count of 1M invoices costs 150-400 ms on its own,
 * more than everything else the list does.
 */
public final class Totals {

  public static final int EXACT_UP_TO = 10_000;

  /** From this estimate on, the rows are not counted. */
  public static final long ESTIMATE_FROM = 2L * EXACT_UP_TO;

  private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\"\\s*:\\s*(\\d+)");

  /** A total and whether it is exact. */
  public record Total(long value, boolean exact) {}

  private Totals() {}

  /**
   * The total of {@code select ... from <fromWhere>} (a FROM clause with its WHERE, named parameters in
   * {@code params}) for a list showing {@code page}, which came back with {@code rowsOnPage} rows.
   */
  public static Total of(JdbcClient jdbc, String fromWhere, Map<String, ?> params, PageQuery page, int rowsOnPage) {
    return of(jdbc, fromWhere, fromWhere, params, page, rowsOnPage);
  }

  /**
   * As {@link #of(JdbcClient, String, Map, PageQuery, int)}, counting with {@code fromWhere} but estimating with
   * {@code estimateFrom}: another FROM clause over the same parameters that selects the same rows and whose plan
   * estimates them better.
   */
  public static Total of(JdbcClient jdbc, String fromWhere, String estimateFrom, Map<String, ?> params, PageQuery page,
      int rowsOnPage) {
    long end = page.offset() + rowsOnPage;
    if (rowsOnPage < page.size() && (rowsOnPage > 0 || page.offset() == 0)) {
      return new Total(end, true);
    }
    if (rowsOnPage > 0) {
      long estimate = estimate(jdbc, estimateFrom, params);
      if (estimate >= ESTIMATE_FROM + page.offset()) {
        return new Total(Math.max(estimate, end + 1), false);
      }
    }
    long limit = page.offset() + page.size() + EXACT_UP_TO;
    long counted = jdbc.sql("select count(*) from (select 1 from " + fromWhere + " limit :totalsLimit) t")
        .params(params).param("totalsLimit", limit + 1).query(Long.class).single();
    if (counted <= limit) {
      return new Total(counted, true);
    }
    return new Total(Math.max(estimate(jdbc, estimateFrom, params), counted), false);
  }

  private static long estimate(JdbcClient jdbc, String fromWhere, Map<String, ?> params) {
    String plan = jdbc.sql("explain (format json) select 1 from " + fromWhere).params(params)
        .query(String.class).single();
    Matcher m = PLAN_ROWS.matcher(plan);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }
}
