package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Customers by index, with their bank accounts (exact, normalised) and names and aliases ({@link NameIndex}). */
final class CustomerTable {

  final List<CustomerRecord> customers;
  final Map<String, Integer> index = new HashMap<>();
  final Map<String, Integer> accounts = new HashMap<>();
  final NameIndex names = new NameIndex();
  final List<List<Integer>> nameEntries = new ArrayList<>();

  CustomerTable(List<CustomerRecord> list) {
    customers = List.copyOf(list);
    for (int c = 0; c < customers.size(); c++) {
      CustomerRecord r = customers.get(c);
      if (index.putIfAbsent(r.id(), c) != null) {
        throw new IllegalArgumentException("customer id " + r.id() + " occurs twice");
      }
      for (String a : r.accounts()) {
        String key = account(a);
        if (!key.isEmpty()) {
          // an account shared by two customers identifies neither
          accounts.merge(key, c, (x, y) -> x.equals(y) ? x : -1);
        }
      }
      List<Integer> mine = new ArrayList<>(1 + r.aliases().size());
      int before = names.entries().size();
      names.add(c, r.name(), false);
      for (String alias : r.aliases()) {
        names.add(c, alias, true);
      }
      for (int e = before; e < names.entries().size(); e++) {
        mine.add(e);
      }
      nameEntries.add(mine);
    }
    names.seal();
  }

  /** The customer that owns this account, or -1 (unknown, or shared by several customers). */
  int byAccount(String payerAccount) {
    Integer c = accounts.get(account(payerAccount));
    return c == null ? -1 : c;
  }

  String id(int c) {
    return customers.get(c).id();
  }

  double similarity(int c, String payerName) {
    return payerName.isBlank() ? 0 : names.similarityTo(c, payerName, nameEntries.get(c));
  }

  static String account(String a) {
    if (a == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(a.length());
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }
}
