package org.openar.reporting.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.reporting.CollectionTarget;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Collections targets: one row per company and month. */
@Repository
public class CollectionTargetRepository {

  private static final String COLUMNS = "company_id, month, amount_minor, currency, updated_at, updated_by";

  private final JdbcClient jdbc;

  public CollectionTargetRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CollectionTarget> find(CompanyId company, YearMonth month) {
    return jdbc.sql("select " + COLUMNS + " from reporting_collection_target where company_id = :c and month = :m")
        .param("c", company.value()).param("m", month.atDay(1)).query(CollectionTargetRepository::row).optional();
  }

  public List<CollectionTarget> between(CompanyId company, YearMonth from, YearMonth to) {
    return jdbc.sql("select " + COLUMNS + " from reporting_collection_target where company_id = :c"
            + " and month between :from and :to order by month")
        .param("c", company.value()).param("from", from.atDay(1)).param("to", to.atDay(1))
        .query(CollectionTargetRepository::row).list();
  }

  public void upsert(CollectionTarget t) {
    jdbc.sql("""
            insert into reporting_collection_target (company_id, month, amount_minor, currency, updated_at, updated_by)
            values (:c, :m, :amount, :currency, :at, :by)
            on conflict (company_id, month) do update set amount_minor = excluded.amount_minor,
                currency = excluded.currency, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
        .param("c", t.companyId().value()).param("m", t.month().atDay(1)).param("amount", t.amount().minor())
        .param("currency", t.amount().currency().code())
        .param("at", OffsetDateTime.ofInstant(t.updatedAt(), ZoneOffset.UTC)).param("by", t.updatedBy())
        .update();
  }

  public boolean delete(CompanyId company, YearMonth month) {
    return jdbc.sql("delete from reporting_collection_target where company_id = :c and month = :m")
        .param("c", company.value()).param("m", month.atDay(1)).update() == 1;
  }

  private static CollectionTarget row(ResultSet rs, int n) throws SQLException {
    LocalDate month = rs.getObject("month", LocalDate.class);
    Instant at = rs.getObject("updated_at", OffsetDateTime.class).toInstant();
    return new CollectionTarget(new CompanyId(rs.getObject("company_id", UUID.class)), YearMonth.from(month),
        Money.ofMinor(rs.getLong("amount_minor"), CurrencyCode.of(rs.getString("currency"))), at,
        rs.getString("updated_by"));
  }
}
