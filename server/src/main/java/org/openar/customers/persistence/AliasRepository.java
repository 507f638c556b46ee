package org.openar.customers.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.customers.AliasSource;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerStatus;
import org.openar.customers.PayerAliasId;
import org.openar.customers.PayerAliasView;
import org.openar.customers.PayerIndex;
import org.openar.shared.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AliasRepository {

  private static final String COLUMNS = "id, customer_id, name, name_key, source, created_at";

  private final JdbcClient jdbc;

  public AliasRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(CompanyId company, PayerAliasView a) {
    jdbc.sql("""
            insert into customers_payer_alias (id, customer_id, company_id, name, name_key, source, created_at)
            values (:id, :customer, :company, :name, :key, :source, :at)""")
        .param("id", a.id().value()).param("customer", a.customerId().value()).param("company", company.value())
        .param("name", a.name()).param("key", a.nameKey()).param("source", a.source().name())
        .param("at", Sql.utc(a.createdAt()))
        .update();
  }

  public void delete(PayerAliasId id) {
    jdbc.sql("delete from customers_payer_alias where id = :id").param("id", id.value()).update();
  }

  public Optional<PayerAliasView> find(CustomerId customer, PayerAliasId id) {
    return jdbc.sql("select " + COLUMNS + " from customers_payer_alias where id = :id and customer_id = :customer")
        .param("id", id.value()).param("customer", customer.value()).query(AliasRepository::map).optional();
  }

  public Optional<PayerAliasView> findByKey(CustomerId customer, String nameKey) {
    return jdbc.sql("select " + COLUMNS
            + " from customers_payer_alias where customer_id = :customer and name_key = :key")
        .param("customer", customer.value()).param("key", nameKey).query(AliasRepository::map).optional();
  }

  public List<PayerAliasView> of(CustomerId customer) {
    return jdbc.sql("select " + COLUMNS + " from customers_payer_alias where customer_id = :customer"
            + " order by name, id")
        .param("customer", customer.value()).query(AliasRepository::map).list();
  }

  /** The customers of a company known under a payer name (by normalised key); several means ambiguous. */
  public List<CustomerId> customersNamed(CompanyId company, String nameKey) {
    return jdbc.sql("""
            select distinct customer_id from customers_payer_alias
            where company_id = :company and name_key = :key order by customer_id""")
        .param("company", company.value()).param("key", nameKey)
        .query((rs, n) -> new CustomerId(rs.getObject(1, UUID.class))).list();
  }

  public List<PayerIndex.Alias> index(CompanyId company) {
    return jdbc.sql("""
            select a.name_key, a.name, a.customer_id, c.status from customers_payer_alias a
            join customers_customer c on c.id = a.customer_id
            where a.company_id = :company order by a.name_key, a.customer_id""")
        .param("company", company.value())
        .query((rs, n) -> new PayerIndex.Alias(rs.getString(1), rs.getString(2),
            new CustomerId(rs.getObject(3, UUID.class)), CustomerStatus.valueOf(rs.getString(4))))
        .list();
  }

  static PayerAliasView map(ResultSet rs, int n) throws SQLException {
    return new PayerAliasView(new PayerAliasId(rs.getObject("id", UUID.class)),
        new CustomerId(rs.getObject("customer_id", UUID.class)), rs.getString("name"), rs.getString("name_key"),
        AliasSource.valueOf(rs.getString("source")), Sql.instant(rs, "created_at"));
  }
}
