package org.openar.cashapp.matching;

import java.util.List;
import java.util.Objects;

/**
 * What the engine knows about a customer: its id, name, the bank accounts it pays from and the payer names it is known
 * to pay under (learned aliases, other-language names). Loaded from the customers module, or from {@code C.csv}.
 */
public record CustomerRecord(String id, String name, List<String> accounts, List<String> aliases) {

  public CustomerRecord {
    Objects.requireNonNull(id, "id");
    name = name == null ? "" : name;
    accounts = List.copyOf(accounts);
    aliases = List.copyOf(aliases);
  }
}
