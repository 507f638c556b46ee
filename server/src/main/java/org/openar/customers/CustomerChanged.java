package org.openar.customers;

import java.util.Set;

/**
 * A customer's master data changed. {@code changed} names what changed: header fields ({@code tier},
 * {@code creditLimit}, {@code status}, {@code salesRepId}, {@code paymentTerms}, ...) or a child collection
 * ({@code contacts}, {@code addresses}, {@code bankAccounts}, {@code aliases}), so listeners can ignore the rest.
 * {@code version} is the customer record's version after the change.
 */
public record CustomerChanged(CustomerId customerId, CompanyId companyId, long version, Set<String> changed) {

  public CustomerChanged {
    changed = Set.copyOf(changed);
  }
}
