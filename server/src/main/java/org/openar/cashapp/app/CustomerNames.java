package org.openar.cashapp.app;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.openar.customers.CustomerId;
import org.openar.customers.Customers;
import org.springframework.stereotype.Component;

/** Customer names (Chinese first, as the master data holds them) for records and lists, each looked up once. */
@Component
public class CustomerNames {

  private final Customers customers;

  public CustomerNames(Customers customers) {
    this.customers = customers;
  }

  /** A lookup for one request or posting; unknown ids give null. */
  public Function<UUID, String> lookup() {
    Map<UUID, String> cache = new HashMap<>();
    return id -> id == null ? null : cache.computeIfAbsent(id, k -> customers.find(new CustomerId(k))
        .map(c -> c.displayName(true)).orElse(null));
  }
}
