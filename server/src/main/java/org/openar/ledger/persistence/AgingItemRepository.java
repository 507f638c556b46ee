package org.openar.ledger.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.AgingItem;
import org.openar.ledger.AgingQuery;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.Side;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.paging.Totals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The items behind an aging: each item open now or touched by an allocation row after the report date, with its open
 * amount on that date (today's plus the later rows), keeping those not zero.
 *
 * <p>When no allocation row is effective after the report date (always so for today: movements may not lie in the
 * future), that reconstruction changes nothing: the items are exactly the OPEN ones with their {@code open_minor}
 * (OPEN if and only if {@code open_minor > 0}, a check constraint). The current path then reads them without the
 * history join, so that a bucket (a range of basis dates) in the default order (most days past first, i.e. basis date
 * ascending) comes from the index {@code ledger_item_open_basis} by date, sorted within each date only, and page 1 of a
 * 300,000-item bucket needs no sort of all of them. Both paths give the same items, amounts, order and totals
 * ({@code AgingItemPathsTest}).
 */
@Repository
public class AgingItemRepository {

  private static final Map<String, String> SORT_COLUMNS = Map.of("daysPast", "basis_date", "documentDate",
      "document_date", "dueDate", "due_date", "documentNumber", "document_number", "openAmount", "open_on");
  private static final int FETCH_SIZE = 2_000;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate streaming;

  public AgingItemRepository(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setFetchSize(FETCH_SIZE); // a cursor, not the whole result in memory (inside a transaction)
    this.streaming = new NamedParameterJdbcTemplate(template);
  }

  /**
   * How the open amounts on a date are read: {@link #CURRENT} only when no allocation row is effective after it
   * ({@link #pathFor}), {@link #HISTORY} always right.
   */
  public enum Path {
    /** Today's OPEN items and {@code open_minor}, index-ordered. */
    CURRENT,
    /** Today's open amounts plus the allocation rows effective after the date. */
    HISTORY
  }

  /**
   * {@link Path#CURRENT} when no allocation row is effective after {@code asOf} (one probe of the date index). The
   * probe and the reads it chooses belong in one repeatable-read transaction (as {@code LedgerReportService} runs them),
   * so an allocation written in between cannot make the current path answer for a past date.
   */
  public Path pathFor(LocalDate asOf) {
    boolean later = jdbc.sql("select exists (select 1 from ledger_allocation where effective_date > "
        + AgingSql.date(asOf) + ")").query(Boolean.class).single();
    return later ? Path.HISTORY : Path.CURRENT;
  }

  public long count(AgingQuery q, UUID[] customers, Integer bucket) {
    return count(pathFor(q.asOf()), q, customers, bucket);
  }

  public long count(Path path, AgingQuery q, UUID[] customers, Integer bucket) {
    Map<String, Object> params = new HashMap<>();
    return jdbc.sql("select count(*) from (" + select(path, q, customers, bucket, params) + ") c").params(params)
        .query(Long.class).single();
  }

  /**
   * The total for a page of {@link #page}: exact up to {@link Totals#EXACT_UP_TO} rows past it, else estimated. The
   * estimate is always the planner's for the history form: for the current form it multiplies the selectivities of
   * "OPEN" and of the basis-date range as if they were independent, while open items are mostly the old ones (on the
   * 1M-invoice bench, bucket > 180 days: 135,913 estimated, 303,112 counted, 326,481 from the history form).
   */
  public Totals.Total total(Path path, AgingQuery q, UUID[] customers, Integer bucket, PageQuery page,
      int rowsOnPage) {
    Map<String, Object> params = new HashMap<>();
    String history = "(" + select(Path.HISTORY, q, customers, bucket, params) + ") c";
    String from = path == Path.HISTORY ? history : "(" + select(path, q, customers, bucket, params) + ") c";
    return Totals.of(jdbc, from, history, params, page, rowsOnPage);
  }

  public List<AgingItem> page(Path path, AgingQuery q, UUID[] customers, Integer bucket, PageQuery page) {
    Map<String, Object> params = new HashMap<>();
    String sql = select(path, q, customers, bucket, params) + orderBy(page.sortField(), page.descending())
        + " limit :limit offset :offset";
    params.put("limit", page.size());
    params.put("offset", page.offset());
    return jdbc.sql(sql).params(params).query((rs, n) -> item(rs, q)).list();
  }

  /** Streams the items in the order of {@code sortField}; must run inside a transaction for the cursor to work. */
  public long forEach(AgingQuery q, UUID[] customers, Integer bucket, String sortField, boolean descending,
      Consumer<AgingItem> sink) {
    Map<String, Object> params = new HashMap<>();
    String sql = select(pathFor(q.asOf()), q, customers, bucket, params) + orderBy(sortField, descending);
    long[] count = {0};
    streaming.query(sql, params, rs -> {
      sink.accept(item(rs, q));
      count[0]++;
    });
    return count[0];
  }

  private static String select(Path path, AgingQuery q, UUID[] customers, Integer bucket,
      Map<String, Object> params) {
    String filters = AgingSql.filters(q, customers, params);
    String inBucket = bucket == null ? "" : " and " + AgingSql.inBucket("basis_date", q, bucket);
    if (path == Path.CURRENT) {
      String outer = bucket == null ? "" : "\n where " + AgingSql.inBucket("basis_date", q, bucket);
      return """
          select * from (
            select i.id, i.company_id, i.customer_id, i.type, i.side, i.document_number, i.installment_no,
                   i.reference, i.document_date, i.due_date, i.value_date, i.currency, i.original_minor,
                   i.open_minor as open_on, %s as basis_date
              from ledger_item i
             where i.status = 'OPEN' and %s%s) t%s"""
          .formatted(AgingSql.basisDate(q.basis()), AgingSql.existsOn(q.asOf()), filters, outer);
    }
    return """
        select * from (
          select i.id, i.company_id, i.customer_id, i.type, i.side, i.document_number, i.installment_no, i.reference,
                 i.document_date, i.due_date, i.value_date, i.currency, i.original_minor,
                 i.open_minor + coalesce(x.amount, 0) as open_on, %s as basis_date
            from ledger_item i
            left join (select item_id, sum(amount_minor) as amount from (%s) r group by item_id) x on x.item_id = i.id
           where (i.status = 'OPEN' or x.item_id is not null) and %s%s) t
         where open_on <> 0%s"""
        .formatted(AgingSql.basisDate(q.basis()), AgingSql.laterRows(q.asOf()), AgingSql.existsOn(q.asOf()), filters,
            inBucket);
  }

  private static String orderBy(String sortField, boolean descending) {
    String field = sortField == null ? "daysPast" : sortField;
    boolean desc = sortField == null || descending;
    // more days past means an earlier basis date
    boolean columnDesc = field.equals("daysPast") != desc;
    String dir = columnDesc ? " desc nulls last" : " asc nulls last";
    return " order by " + SORT_COLUMNS.getOrDefault(field, "basis_date") + dir + ", document_number, id";
  }

  private static AgingItem item(ResultSet rs, AgingQuery q) throws SQLException {
    CurrencyCode ccy = CurrencyCode.of(rs.getString("currency"));
    Side side = Side.ofCode(rs.getString("side"));
    long open = rs.getLong("open_on");
    LocalDate basis = rs.getObject("basis_date", LocalDate.class);
    long days = ChronoUnit.DAYS.between(basis, q.asOf());
    UUID companyId = rs.getObject("company_id", UUID.class);
    return new AgingItem(new ItemId(rs.getObject("id", UUID.class)), new CompanyId(companyId),
        new CustomerId(rs.getObject("customer_id", UUID.class)), ItemType.valueOf(rs.getString("type")), side,
        rs.getString("document_number"), rs.getObject("installment_no", Integer.class), rs.getString("reference"),
        rs.getObject("document_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
        rs.getObject("value_date", LocalDate.class), basis, days, q.buckets().indexOf(days),
        Money.ofMinor(rs.getLong("original_minor"), ccy), Money.ofMinor(open, ccy),
        Money.ofMinor(side.sign() * open, ccy));
  }
}
