package org.openar.collections.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openar.collections.domain.OpenItem;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.shared.db.Sql;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bulk reads of open debits through the ledger's documented SQL contract (ledger package documentation, "For SQL
 * reports"): the open amount of an item on date D is today's {@code open_minor} plus the allocations effective after
 * D. A run over 100,000 customers cannot afford one facade call per customer; everything here is read-only.
 */
@Repository
public class LedgerReader {

  private static final String DUNNED_TYPES = " ('INVOICE', 'FEE', 'INTEREST') ";

  private final JdbcClient jdbc;

  public LedgerReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Customers with debits open on {@code asOf} and due by {@code dueBy}, in id order, optionally of one company. */
  public List<CustomerId> customersWithOpenDebits(LocalDate asOf, LocalDate dueBy, CompanyId company) {
    return jdbc.sql("""
            select customer_id from ledger_item
             where status = 'OPEN' and side = 'D' and type in""" + DUNNED_TYPES + """
               and due_date <= :dueBy and document_date <= :asOf
               and (cast(:company as uuid) is null or company_id = :company)
            union
            select i.customer_id from ledger_allocation a join ledger_item i on i.id = a.debit_item_id
             where a.effective_date > :asOf and i.type in""" + DUNNED_TYPES + """
               and i.due_date <= :dueBy and i.document_date <= :asOf
               and (cast(:company as uuid) is null or i.company_id = :company)
            order by 1""")
        .param("asOf", asOf).param("dueBy", dueBy).param("company", company == null ? null : company.value())
        .query((rs, n) -> new CustomerId(Sql.uuid(rs, "customer_id"))).list();
  }

  /**
   * The open debits of these customers as of {@code asOf}, due by {@code dueBy}, by customer, oldest due first.
   * {@code historical}: {@code asOf} lies before today, so allocations made since must be added back (the ledger
   * allows no allocation dated in the future, so for today the stored open amount is the answer).
   */
  public Map<CustomerId, List<OpenItem>> openDebits(Collection<CustomerId> customers, LocalDate asOf,
      LocalDate dueBy, boolean historical) {
    Map<CustomerId, List<OpenItem>> out = new HashMap<>();
    jdbc.sql(historical ? HISTORICAL : CURRENT)
        .param("ids", Sql.ids(customers, CustomerId::value)).param("asOf", asOf).param("dueBy", dueBy)
        .query(rs -> {
          long open = rs.getLong("open_as_of");
          if (open <= 0) {
            return;
          }
          CurrencyCode currency = CurrencyCode.of(rs.getString("currency").trim());
          Integer installment = Sql.integer(rs, "installment_no");
          String number = rs.getString("document_number") + (installment == null ? "" : "/" + installment);
          out.computeIfAbsent(new CustomerId(Sql.uuid(rs, "customer_id")), k -> new ArrayList<>())
              .add(new OpenItem(new ItemId(Sql.uuid(rs, "id")), ItemType.valueOf(rs.getString("type")), number,
                  Sql.date(rs, "document_date"), Sql.date(rs, "due_date"),
                  Money.ofMinor(rs.getLong("original_minor"), currency), Money.ofMinor(open, currency)));
        });
    return out;
  }

  private static final String COLUMNS = """
      select i.id, i.customer_id, i.type, i.document_number, i.installment_no, i.document_date, i.due_date,
             i.currency, i.original_minor,""";

  private static final String CURRENT = COLUMNS + """
       i.open_minor as open_as_of
        from ledger_item i
       where i.customer_id = any(:ids) and i.status = 'OPEN' and i.side = 'D' and i.type in""" + DUNNED_TYPES + """
         and i.due_date <= :dueBy and i.document_date <= :asOf
       order by i.customer_id, i.due_date, i.document_number""";

  private static final String HISTORICAL = COLUMNS + """
       i.open_minor + coalesce(l.later, 0) as open_as_of
        from ledger_item i
        left join lateral (select sum(a.amount_minor) as later from ledger_allocation a
                            where a.debit_item_id = i.id and a.effective_date > :asOf) l on true
       where i.customer_id = any(:ids) and i.side = 'D' and i.type in""" + DUNNED_TYPES + """
         and i.due_date <= :dueBy and i.document_date <= :asOf
         and (i.status = 'OPEN' or l.later is not null)
       order by i.customer_id, i.due_date, i.document_number""";

  /** Today's open debits past due, grouped by customer: the worklist's raw material. */
  public Map<CustomerId, List<OpenItem>> overdueToday(Collection<CustomerId> customers, LocalDate today) {
    return openDebits(customers, today, today.minusDays(1), false);
  }

  /** Every customer with a debit open today that is past due. */
  public List<CustomerId> customersOverdue(LocalDate today) {
    return jdbc.sql("""
            select distinct customer_id from ledger_item
             where status = 'OPEN' and side = 'D' and type in""" + DUNNED_TYPES + " and due_date < :today")
        .param("today", today).query((rs, n) -> new CustomerId(rs.getObject(1, UUID.class))).list();
  }
}
