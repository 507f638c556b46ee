package org.openar.customers;

import java.util.List;
import org.openar.shared.money.CurrencyCode;

/**
 * Everything the cash-application engine needs to recognise a payer of one company, read in one call: every customer
 * bank account and every payer-name alias, keyed by the normalised forms of {@link PayerKeys}. An account key names
 * exactly one customer; an alias key may name several (the engine must treat that as ambiguous).
 */
public record PayerIndex(CompanyId companyId, List<Account> accounts, List<Alias> aliases) {

  public PayerIndex {
    accounts = List.copyOf(accounts);
    aliases = List.copyOf(aliases);
  }

  public record Account(String numberKey, CustomerId customerId, CustomerStatus status, CurrencyCode currency) {}

  public record Alias(String nameKey, String name, CustomerId customerId, CustomerStatus status) {}
}
