package org.openar.customers;

import java.time.Instant;
import java.util.List;

/** The 360° view of one customer: the master record with its addresses, contacts, bank accounts and payer aliases. */
public record CustomerDetail(CustomerView customer, String country, String region, Instant createdAt,
    Instant updatedAt, List<AddressView> addresses, List<ContactView> contacts, List<BankAccountView> bankAccounts,
    List<PayerAliasView> aliases) {

  public CustomerDetail {
    addresses = List.copyOf(addresses);
    contacts = List.copyOf(contacts);
    bankAccounts = List.copyOf(bankAccounts);
    aliases = List.copyOf(aliases);
  }

  public CustomerSummary summary() {
    return new CustomerSummary(customer, country, region);
  }
}
