package org.openar.customers.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.shared.db.Sql;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Many customers' 360° views in five queries, for modules that work through thousands at once (dunning runs). */
@Repository
public class CustomerDetailsReader {

  private final JdbcClient jdbc;

  public CustomerDetailsReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Map<CustomerId, CustomerDetail> details(Collection<CustomerId> ids) {
    UUID[] keys = ids.stream().map(CustomerId::value).distinct().toArray(UUID[]::new);
    Map<UUID, List<org.openar.customers.AddressView>> addresses = children("customers_address",
        "type, id", keys, AddressRepository::map, a -> a.customerId().value());
    Map<UUID, List<org.openar.customers.ContactView>> contacts = children("customers_contact",
        "is_primary desc, name, id", keys, ContactRepository::map, c -> c.customerId().value());
    Map<UUID, List<org.openar.customers.BankAccountView>> accounts = children("customers_bank_account",
        "created_at, id", keys, BankAccountRepository::map, b -> b.customerId().value());
    Map<UUID, List<org.openar.customers.PayerAliasView>> aliases = children("customers_payer_alias",
        "created_at, id", keys, AliasRepository::map, a -> a.customerId().value());
    Map<CustomerId, CustomerDetail> out = new LinkedHashMap<>();
    jdbc.sql("select " + CustomerRepository.SUMMARY_COLUMNS
            + ", created_at, updated_at from customers_customer where id = any(:ids) order by id")
        .param("ids", keys)
        .query((rs, n) -> {
          var s = CustomerRepository.summary(rs, n);
          UUID id = s.customer().id().value();
          return new CustomerDetail(s.customer(), s.country(), s.region(), Sql.instant(rs, "created_at"),
              Sql.instant(rs, "updated_at"), addresses.getOrDefault(id, List.of()),
              contacts.getOrDefault(id, List.of()), accounts.getOrDefault(id, List.of()),
              aliases.getOrDefault(id, List.of()));
        })
        .list().forEach(d -> out.put(d.customer().id(), d));
    return out;
  }

  private <T> Map<UUID, List<T>> children(String table, String order, UUID[] keys, RowMapper<T> mapper,
      Function<T, UUID> owner) {
    Map<UUID, List<T>> out = new HashMap<>();
    jdbc.sql("select * from " + table + " where customer_id = any(:ids) order by customer_id, " + order)
        .param("ids", keys).query(mapper).list()
        .forEach(row -> out.computeIfAbsent(owner.apply(row), k -> new ArrayList<>()).add(row));
    return out;
  }
}
