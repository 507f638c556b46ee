package org.openar.customers.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Tier;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CustomerRepository {

  static final String CUSTOMER_COLUMNS = """
      id, company_id, code, name_zh, name_en, tax_id, tier, credit_limit_minor, credit_limit_currency, payment_terms,
      sales_rep_id, status, tags, version""";

  private final JdbcClient jdbc;

  public CustomerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertCompany(CompanyView c, Instant now) {
    jdbc.sql("""
            insert into customers_company (id, code, name, name_en, base_currency, time_zone, created_at)
            values (:id, :code, :name, :nameEn, :ccy, :tz, :now)""")
        .param("id", c.id().value()).param("code", c.code()).param("name", c.name()).param("nameEn", c.nameEn())
        .param("ccy", c.baseCurrency().code()).param("tz", c.timeZone().getId()).param("now", utc(now))
        .update();
  }

  public Optional<CompanyView> findCompany(CompanyId id) {
    return jdbc.sql("select * from customers_company where id = :id").param("id", id.value())
        .query(CustomerRepository::company).optional();
  }

  public Optional<CompanyView> findCompanyByCode(String code) {
    return jdbc.sql("select * from customers_company where code = :code").param("code", code)
        .query(CustomerRepository::company).optional();
  }

  public List<CompanyView> companies() {
    return jdbc.sql("select * from customers_company order by code").query(CustomerRepository::company).list();
  }

  public void insert(CustomerView c, Instant now) {
    jdbc.sql("""
            insert into customers_customer (id, company_id, code, name_zh, name_en, tax_id, tier, credit_limit_minor,
                credit_limit_currency, payment_terms, sales_rep_id, status, tags, version, created_at, updated_at)
            values (:id, :company, :code, :nameZh, :nameEn, :taxId, :tier, :limitMinor, :limitCcy, :terms, :rep,
                :status, cast(:tags as text[]), 0, :now, :now)""")
        .param("id", c.id().value()).param("company", c.companyId().value()).param("code", c.code())
        .param("nameZh", c.nameZh()).param("nameEn", c.nameEn()).param("taxId", c.taxId())
        .param("tier", c.tier().name())
        .param("limitMinor", c.creditLimit() == null ? null : c.creditLimit().minor())
        .param("limitCcy", c.creditLimit() == null ? null : c.creditLimit().currency().code())
        .param("terms", c.paymentTerms().code()).param("rep", c.salesRepId()).param("status", c.status())
        .param("tags", textArray(c.tags())).param("now", utc(now))
        .update();
  }

  public Optional<CustomerView> find(CustomerId id) {
    return jdbc.sql("select " + CUSTOMER_COLUMNS + " from customers_customer where id = :id").param("id", id.value())
        .query(CustomerRepository::customer).optional();
  }

  public Optional<CustomerView> findByCode(CompanyId company, String code) {
    return jdbc.sql("select " + CUSTOMER_COLUMNS + " from customers_customer where company_id = :c and code = :code")
        .param("c", company.value()).param("code", code).query(CustomerRepository::customer).optional();
  }

  public Set<CustomerId> ofSalesRep(UUID rep) {
    return jdbc.sql("select id from customers_customer where sales_rep_id = :rep").param("rep", rep)
        .query(UUID.class).list().stream().map(CustomerId::new).collect(Collectors.toSet());
  }

  public boolean isOwnedBy(CustomerId id, UUID rep) {
    return jdbc.sql("select exists (select 1 from customers_customer where id = :id and sales_rep_id = :rep)")
        .param("id", id.value()).param("rep", rep).query(Boolean.class).single();
  }

  public static String textArray(List<String> values) {
    if (values == null || values.isEmpty()) {
      return "{}";
    }
    return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  static CompanyView company(ResultSet rs, int n) throws SQLException {
    return new CompanyView(new CompanyId(rs.getObject("id", UUID.class)), rs.getString("code"), rs.getString("name"),
        rs.getString("name_en"), CurrencyCode.of(rs.getString("base_currency")), ZoneId.of(rs.getString("time_zone")));
  }

  public static CustomerView customer(ResultSet rs, int n) throws SQLException {
    Long limit = rs.getObject("credit_limit_minor", Long.class);
    Array tags = rs.getArray("tags");
    return new CustomerView(
        new CustomerId(rs.getObject("id", UUID.class)),
        new CompanyId(rs.getObject("company_id", UUID.class)),
        rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getString("tax_id"),
        Tier.valueOf(rs.getString("tier")),
        limit == null ? null : Money.ofMinor(limit, CurrencyCode.of(rs.getString("credit_limit_currency"))),
        PaymentTerms.parse(rs.getString("payment_terms")),
        rs.getObject("sales_rep_id", UUID.class),
        rs.getString("status"),
        tags == null ? List.of() : Arrays.stream((Object[]) tags.getArray()).map(String::valueOf).toList(),
        rs.getLong("version"));
  }

  static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
