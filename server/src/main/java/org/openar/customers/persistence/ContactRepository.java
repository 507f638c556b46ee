package org.openar.customers.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.customers.ContactId;
import org.openar.customers.ContactRole;
import org.openar.customers.ContactView;
import org.openar.customers.CustomerId;
import org.openar.shared.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ContactRepository {

  private static final String COLUMNS = "id, customer_id, name, email, phone, language, role, is_primary, version";

  private final JdbcClient jdbc;

  public ContactRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(ContactView c, Instant now) {
    jdbc.sql("""
            insert into customers_contact (id, customer_id, name, email, phone, language, role, is_primary, version,
                created_at, updated_at)
            values (:id, :customer, :name, :email, :phone, :language, :role, :primary, :version, :now, :now)""")
        .param("customer", c.customerId().value()).params(fields(c)).param("now", Sql.utc(now))
        .update();
  }

  /** Writes the contact with its new version if the stored version is still {@code expectedVersion}. */
  public boolean update(ContactView c, long expectedVersion, Instant now) {
    return jdbc.sql("""
            update customers_contact set name = :name, email = :email, phone = :phone, language = :language,
                role = :role, is_primary = :primary, version = :version, updated_at = :now
            where id = :id and version = :expected""")
        .params(fields(c)).param("expected", expectedVersion).param("now", Sql.utc(now))
        .update() == 1;
  }

  public void delete(ContactId id) {
    jdbc.sql("delete from customers_contact where id = :id").param("id", id.value()).update();
  }

  public Optional<ContactView> find(CustomerId customer, ContactId id) {
    return jdbc.sql("select " + COLUMNS + " from customers_contact where id = :id and customer_id = :customer")
        .param("id", id.value()).param("customer", customer.value()).query(ContactRepository::map).optional();
  }

  /** Primary contact first, then by name. */
  public List<ContactView> of(CustomerId customer) {
    return jdbc.sql("select " + COLUMNS + " from customers_contact where customer_id = :customer"
            + " order by is_primary desc, name, id")
        .param("customer", customer.value()).query(ContactRepository::map).list();
  }

  public int count(CustomerId customer) {
    return jdbc.sql("select count(*) from customers_contact where customer_id = :customer")
        .param("customer", customer.value()).query(Integer.class).single();
  }

  private static Map<String, Object> fields(ContactView c) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", c.id().value());
    p.put("name", c.name());
    p.put("email", c.email());
    p.put("phone", c.phone());
    p.put("language", c.language());
    p.put("role", c.role().name());
    p.put("primary", c.primary());
    p.put("version", c.version());
    return p;
  }

  static ContactView map(ResultSet rs, int n) throws SQLException {
    return new ContactView(new ContactId(rs.getObject("id", UUID.class)),
        new CustomerId(rs.getObject("customer_id", UUID.class)), rs.getString("name"), rs.getString("email"),
        rs.getString("phone"), rs.getString("language"), ContactRole.valueOf(rs.getString("role")),
        rs.getBoolean("is_primary"), rs.getLong("version"));
  }
}
