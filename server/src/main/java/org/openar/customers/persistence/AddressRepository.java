package org.openar.customers.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.customers.AddressId;
import org.openar.customers.AddressType;
import org.openar.customers.AddressView;
import org.openar.customers.CustomerId;
import org.openar.shared.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AddressRepository {

  private static final String COLUMNS =
      "id, customer_id, type, country, province, city, district, line, postcode, version";

  private final JdbcClient jdbc;

  public AddressRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(AddressView a, Instant now) {
    jdbc.sql("""
            insert into customers_address (id, customer_id, type, country, province, city, district, line, postcode,
                version, created_at, updated_at)
            values (:id, :customer, :type, :country, :province, :city, :district, :line, :postcode, :version, :now,
                :now)""")
        .param("customer", a.customerId().value()).params(fields(a)).param("now", Sql.utc(now))
        .update();
  }

  public boolean update(AddressView a, long expectedVersion, Instant now) {
    return jdbc.sql("""
            update customers_address set type = :type, country = :country, province = :province, city = :city,
                district = :district, line = :line, postcode = :postcode, version = :version, updated_at = :now
            where id = :id and version = :expected""")
        .params(fields(a)).param("expected", expectedVersion).param("now", Sql.utc(now))
        .update() == 1;
  }

  public void delete(AddressId id) {
    jdbc.sql("delete from customers_address where id = :id").param("id", id.value()).update();
  }

  public Optional<AddressView> find(CustomerId customer, AddressId id) {
    return jdbc.sql("select " + COLUMNS + " from customers_address where id = :id and customer_id = :customer")
        .param("id", id.value()).param("customer", customer.value()).query(AddressRepository::map).optional();
  }

  /** Registered, billing, then shipping addresses. */
  public List<AddressView> of(CustomerId customer) {
    return jdbc.sql("select " + COLUMNS + " from customers_address where customer_id = :customer order by"
            + " case type when 'REGISTERED' then 0 when 'BILLING' then 1 else 2 end, created_at, id")
        .param("customer", customer.value()).query(AddressRepository::map).list();
  }

  private static Map<String, Object> fields(AddressView a) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", a.id().value());
    p.put("type", a.type().name());
    p.put("country", a.country());
    p.put("province", a.province());
    p.put("city", a.city());
    p.put("district", a.district());
    p.put("line", a.line());
    p.put("postcode", a.postcode());
    p.put("version", a.version());
    return p;
  }

  static AddressView map(ResultSet rs, int n) throws SQLException {
    return new AddressView(new AddressId(rs.getObject("id", UUID.class)),
        new CustomerId(rs.getObject("customer_id", UUID.class)), AddressType.valueOf(rs.getString("type")),
        rs.getString("country"), rs.getString("province"), rs.getString("city"), rs.getString("district"),
        rs.getString("line"), rs.getString("postcode"), rs.getLong("version"));
  }
}
