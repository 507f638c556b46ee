package org.openar.customers.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.openar.customers.AddressType;
import org.openar.customers.CustomerMasterData.AddressData;
import org.openar.customers.CustomerMasterData.ContactData;
import org.openar.customers.CustomerMasterData.CustomerDraft;
import org.openar.customers.CustomersError;
import org.openar.customers.PayerKeys;
import org.openar.customers.app.ChildValidator.CleanAccount;
import org.openar.shared.error.SharedError;

/** The validated children of a new customer, including the rules that span items (one primary, no duplicates). */
record DraftChildren(List<AddressData> addresses, List<ContactData> contacts, List<CleanAccount> accounts,
    List<String> aliases) {

  static DraftChildren validate(CustomerDraft d, String country, Checks c) {
    List<AddressData> addresses = each("addresses", d.addresses(), ContactService.MAX_PER_CUSTOMER, c,
        (path, a) -> ChildValidator.address(path, a, country, c));
    List<ContactData> contacts = each("contacts", d.contacts(), ContactService.MAX_PER_CUSTOMER, c,
        (path, x) -> ChildValidator.contact(path, x, country, c));
    List<CleanAccount> accounts = each("bankAccounts", d.bankAccounts(), ContactService.MAX_PER_CUSTOMER, c,
        (path, a) -> ChildValidator.bankAccount(path, a, c));
    List<String> aliases = each("aliases", d.aliases(), PaymentIdsService.MAX_ALIASES, c,
        (path, n) -> ChildValidator.alias(path, n, c));
    singleTypes(addresses, c);
    onePrimary(contacts, c);
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < accounts.size(); i++) {
      if (accounts.get(i) != null && !accounts.get(i).key().isEmpty() && !keys.add(accounts.get(i).key())) {
        c.add("bankAccounts[" + i + "].accountNumber", CustomersError.CUSTOMERS_DUPLICATE_VALUE,
            accounts.get(i).data().accountNumber());
      }
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < aliases.size(); i++) {
      if (aliases.get(i) != null && !names.add(PayerKeys.payerName(aliases.get(i)))) {
        c.add("aliases[" + i + "]", CustomersError.CUSTOMERS_DUPLICATE_VALUE, aliases.get(i));
      }
    }
    return new DraftChildren(addresses, contacts, accounts, aliases);
  }

  /** Validates each element at its index path; a null element is a missing one. Results keep the indexes. */
  private static <T, R> List<R> each(String field, List<T> items, int max, Checks c, BiFunction<String, T, R> check) {
    List<R> out = new ArrayList<>();
    if (items == null) {
      return out;
    }
    if (items.size() > max) {
      c.add(field, CustomersError.CUSTOMERS_TOO_MANY, field, max);
      return out;
    }
    for (int i = 0; i < items.size(); i++) {
      String path = field + "[" + i + "]";
      if (items.get(i) == null) {
        c.add(path, SharedError.MISSING_FIELD, path);
        out.add(null);
      } else {
        out.add(check.apply(path, items.get(i)));
      }
    }
    return out;
  }

  private static void singleTypes(List<AddressData> addresses, Checks c) {
    Set<AddressType> seen = new HashSet<>();
    for (int i = 0; i < addresses.size(); i++) {
      AddressType type = addresses.get(i) == null ? null : addresses.get(i).type();
      if (type != null && type != AddressType.SHIPPING && !seen.add(type)) {
        c.add("addresses[" + i + "].type", CustomersError.CUSTOMERS_DUPLICATE_VALUE, type);
      }
    }
  }

  private static void onePrimary(List<ContactData> contacts, Checks c) {
    boolean seen = false;
    for (int i = 0; i < contacts.size(); i++) {
      if (contacts.get(i) != null && contacts.get(i).primary()) {
        if (seen) {
          c.add("contacts[" + i + "].primary", CustomersError.CUSTOMERS_SEVERAL_PRIMARY_CONTACTS);
        }
        seen = true;
      }
    }
  }
}
