package org.openar.reporting.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.identity.UserView;
import org.openar.identity.Users;
import org.openar.reporting.AgingGroupBy;
import org.openar.reporting.AgingRow;
import org.springframework.stereotype.Component;

/** Gives report rows their code and names: customer code and names, sales rep user name, company code and names. */
@Component
public class GroupNames {

  /** A group's code and its Chinese and English names (the same text when there is only one). */
  public record Name(String code, String nameZh, String nameEn) {}

  private final Customers customers;
  private final Users users;

  public GroupNames(Customers customers, Users users) {
    this.customers = customers;
    this.users = users;
  }

  public List<AgingRow> name(AgingGroupBy by, List<AgingRow> rows) {
    Map<String, Name> names = names(by, rows.stream().map(AgingRow::key).toList());
    List<AgingRow> named = new ArrayList<>(rows.size());
    for (AgingRow r : rows) {
      Name n = names.getOrDefault(r.key(), new Name(r.key(), null, null));
      named.add(new AgingRow(r.key(), n.code(), n.nameZh(), n.nameEn(), r.currency(), r.buckets(), r.total(),
          r.openDebit(), r.unappliedCredit(), r.overdue()));
    }
    return named;
  }

  public Map<String, Name> names(AgingGroupBy by, List<String> keys) {
    Map<String, Name> names = new HashMap<>();
    switch (by) {
      case CUSTOMER -> customers(keys).forEach((id, c) -> names.put(id.value().toString(), of(c)));
      case COMPANY -> {
        Set<String> wanted = new HashSet<>(keys);
        for (CompanyView c : customers.companies()) {
          if (wanted.contains(c.id().value().toString())) {
            names.put(c.id().value().toString(), new Name(c.code(), c.name(), c.nameEn()));
          }
        }
      }
      case SALES_REP -> new HashSet<>(keys).forEach(k -> names.put(k, salesRep(k)));
      case CURRENCY -> keys.forEach(k -> names.put(k, new Name(k, null, null)));
    }
    return names;
  }

  public Map<CustomerId, CustomerView> customers(List<String> keys) {
    Set<CustomerId> ids = new HashSet<>();
    keys.forEach(k -> ids.add(new CustomerId(UUID.fromString(k))));
    return customers.findAll(ids);
  }

  public static Name of(CustomerView c) {
    return new Name(c.code(), c.nameZh(), c.nameEn());
  }

  public static Name of(CompanyView c) {
    return new Name(c.code(), c.name(), c.nameEn());
  }

  private Name salesRep(String key) {
    if (AgingRows.NO_SALES_REP.equals(key)) {
      return new Name("", null, null);
    }
    return users.find(UUID.fromString(key)).map(u -> new Name(u.username(), name(u), name(u)))
        .orElse(new Name(key, null, null));
  }

  private static String name(UserView u) {
    return u.displayName() == null || u.displayName().isBlank() ? u.username() : u.displayName();
  }

  static CompanyId company(String key) {
    return new CompanyId(UUID.fromString(key));
  }
}
