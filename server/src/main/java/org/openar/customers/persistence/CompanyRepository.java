package org.openar.customers.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.shared.db.Sql;
import org.openar.shared.money.CurrencyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CompanyRepository {

  private final JdbcClient jdbc;

  public CompanyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(CompanyView c, Instant now) {
    jdbc.sql("""
            insert into customers_company (id, code, name, name_en, base_currency, time_zone, created_at)
            values (:id, :code, :name, :nameEn, :ccy, :tz, :now)""")
        .param("id", c.id().value()).param("code", c.code()).param("name", c.name()).param("nameEn", c.nameEn())
        .param("ccy", c.baseCurrency().code()).param("tz", c.timeZone().getId()).param("now", Sql.utc(now))
        .update();
  }

  public void update(CompanyView c) {
    jdbc.sql("""
            update customers_company set name = :name, name_en = :nameEn, base_currency = :ccy, time_zone = :tz
            where id = :id""")
        .param("id", c.id().value()).param("name", c.name()).param("nameEn", c.nameEn())
        .param("ccy", c.baseCurrency().code()).param("tz", c.timeZone().getId())
        .update();
  }

  public Optional<CompanyView> find(CompanyId id) {
    return jdbc.sql("select * from customers_company where id = :id").param("id", id.value())
        .query(CompanyRepository::company).optional();
  }

  /** Serialises changes of one company (and checks against its customers) until the transaction ends. */
  public Optional<CompanyView> lock(CompanyId id) {
    return jdbc.sql("select * from customers_company where id = :id for update").param("id", id.value())
        .query(CompanyRepository::company).optional();
  }

  public Optional<CompanyView> findByCode(String code) {
    return jdbc.sql("select * from customers_company where code = :code").param("code", code)
        .query(CompanyRepository::company).optional();
  }

  public List<CompanyView> all() {
    return jdbc.sql("select * from customers_company order by code").query(CompanyRepository::company).list();
  }

  public boolean hasCustomers(CompanyId id) {
    return jdbc.sql("select exists (select 1 from customers_customer where company_id = :id)")
        .param("id", id.value()).query(Boolean.class).single();
  }

  static CompanyView company(ResultSet rs, int n) throws SQLException {
    return new CompanyView(new CompanyId(rs.getObject("id", UUID.class)), rs.getString("code"), rs.getString("name"),
        rs.getString("name_en"), CurrencyCode.of(rs.getString("base_currency")), ZoneId.of(rs.getString("time_zone")));
  }
}
