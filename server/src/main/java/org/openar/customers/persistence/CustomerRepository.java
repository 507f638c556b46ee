package org.openar.customers.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerSummary;
import org.openar.customers.CustomerView;
import org.openar.customers.Tier;
import org.openar.shared.db.Sql;
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
  static final String SUMMARY_COLUMNS = CUSTOMER_COLUMNS + ", country, region";

  private final JdbcClient jdbc;

  public CustomerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A customer record with its timestamps. */
  public record CustomerRow(CustomerSummary summary, Instant createdAt, Instant updatedAt) {}

  public void insert(CustomerSummary s, Instant now) {
    CustomerView c = s.customer();
    jdbc.sql("""
            insert into customers_customer (id, company_id, code, name_zh, name_en, tax_id, country, region, tier,
                credit_limit_minor, credit_limit_currency, payment_terms, sales_rep_id, status, tags, version,
                created_at, updated_at)
            values (:id, :company, :code, :nameZh, :nameEn, :taxId, :country, :region, :tier, :limitMinor, :limitCcy,
                :terms, :rep, :status, cast(:tags as text[]), :version, :now, :now)""")
        .param("company", c.companyId().value()).param("code", c.code())
        .params(fields(s)).param("now", Sql.utc(now))
        .update();
  }

  /** Writes the editable fields and the new version, only if the stored version is still {@code expectedVersion}. */
  public boolean update(CustomerSummary s, long expectedVersion, Instant now) {
    return jdbc.sql("""
            update customers_customer set name_zh = :nameZh, name_en = :nameEn, tax_id = :taxId, country = :country,
                region = :region, tier = :tier, credit_limit_minor = :limitMinor, credit_limit_currency = :limitCcy,
                payment_terms = :terms, sales_rep_id = :rep, status = :status, tags = cast(:tags as text[]),
                version = :version, updated_at = :now
            where id = :id and version = :expected""")
        .params(fields(s)).param("expected", expectedVersion).param("now", Sql.utc(now))
        .update() == 1;
  }

  public Optional<CustomerView> find(CustomerId id) {
    return jdbc.sql("select " + CUSTOMER_COLUMNS + " from customers_customer where id = :id").param("id", id.value())
        .query(CustomerRepository::customer).optional();
  }

  /** Many customers in one query; unknown ids are simply absent. */
  public List<CustomerView> findAll(java.util.Collection<CustomerId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    UUID[] values = ids.stream().map(CustomerId::value).toArray(UUID[]::new);
    return jdbc.sql("select " + CUSTOMER_COLUMNS + " from customers_customer where id = any(:ids)")
        .param("ids", values).query(CustomerRepository::customer).list();
  }

  public Optional<CustomerRow> findRow(CustomerId id) {
    return jdbc.sql("select " + SUMMARY_COLUMNS + ", created_at, updated_at from customers_customer where id = :id")
        .param("id", id.value())
        .query((rs, n) -> new CustomerRow(summary(rs, n), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at")))
        .optional();
  }

  /** The record, locked until the transaction ends, so changes to one customer and its children are serialised. */
  public Optional<CustomerSummary> lock(CustomerId id) {
    return jdbc.sql("select " + SUMMARY_COLUMNS + " from customers_customer where id = :id for update")
        .param("id", id.value()).query(CustomerRepository::summary).optional();
  }

  public Optional<CustomerView> findByCode(CompanyId company, String code) {
    return jdbc.sql("select " + CUSTOMER_COLUMNS + " from customers_customer where company_id = :c and code = :code")
        .param("c", company.value()).param("code", code).query(CustomerRepository::customer).optional();
  }

  /** By code; asks in slices of 10,000 codes so a large import never builds one giant statement. */
  public Map<String, CustomerView> findByCodes(CompanyId company, java.util.Collection<String> codes) {
    List<String> all = List.copyOf(new java.util.LinkedHashSet<>(codes));
    Map<String, CustomerView> found = new HashMap<>();
    for (int from = 0; from < all.size(); from += 10_000) {
      String[] slice = all.subList(from, Math.min(all.size(), from + 10_000)).toArray(String[]::new);
      jdbc.sql("select " + CUSTOMER_COLUMNS + " from customers_customer where company_id = :c and code = any(:codes)")
          .param("c", company.value()).param("codes", slice).query(CustomerRepository::customer).list()
          .forEach(v -> found.put(v.code(), v));
    }
    return found;
  }

  public Set<CustomerId> ofSalesRep(UUID rep) {
    return jdbc.sql("select id from customers_customer where sales_rep_id = :rep").param("rep", rep)
        .query(UUID.class).list().stream().map(CustomerId::new).collect(Collectors.toSet());
  }

  public boolean isOwnedBy(CustomerId id, UUID rep) {
    return jdbc.sql("select exists (select 1 from customers_customer where id = :id and sales_rep_id = :rep)")
        .param("id", id.value()).param("rep", rep).query(Boolean.class).single();
  }

  private static Map<String, Object> fields(CustomerSummary s) {
    CustomerView c = s.customer();
    Map<String, Object> p = new HashMap<>();
    p.put("id", c.id().value());
    p.put("nameZh", c.nameZh());
    p.put("nameEn", c.nameEn());
    p.put("taxId", c.taxId());
    p.put("country", s.country());
    p.put("region", s.region());
    p.put("tier", c.tier().name());
    p.put("limitMinor", c.creditLimit() == null ? null : c.creditLimit().minor());
    p.put("limitCcy", c.creditLimit() == null ? null : c.creditLimit().currency().code());
    p.put("terms", c.paymentTerms().code());
    p.put("rep", c.salesRepId());
    p.put("status", c.status());
    p.put("tags", textArray(c.tags()));
    p.put("version", c.version());
    return p;
  }

  public static String textArray(List<String> values) {
    if (values == null || values.isEmpty()) {
      return "{}";
    }
    return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .collect(Collectors.joining(",", "{", "}"));
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

  static CustomerSummary summary(ResultSet rs, int n) throws SQLException {
    return new CustomerSummary(customer(rs, n), rs.getString("country"), rs.getString("region"));
  }
}
