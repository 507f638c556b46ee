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
  private final int[][] nameEntries;

  CustomerTable(List<CustomerRecord> list) {
    customers = List.copyOf(list);
    nameEntries = new int[customers.size()][];
    List<Integer> mine = new ArrayList<>();
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
      mine.clear();
      addName(c, r.name(), false, mine);
      for (String alias : r.aliases()) {
        addName(c, alias, true, mine);
      }
      nameEntries[c] = mine.stream().mapToInt(Integer::intValue).toArray();
    }
    names.seal();
  }

  private void addName(int c, String name, boolean alias, List<Integer> mine) {
    int e = names.add(c, name, alias);
    if (e >= 0) {
      mine.add(e);
    }
  }

  /** Customer id to index, in list order; fails on an id that occurs twice. */
  static Map<String, Integer> ids(List<CustomerRecord> list) {
    Map<String, Integer> ids = new HashMap<>(list.size() * 2);
    for (int c = 0; c < list.size(); c++) {
      if (ids.putIfAbsent(list.get(c).id(), c) != null) {
        throw new IllegalArgumentException("customer id " + list.get(c).id() + " occurs twice");
      }
    }
    return ids;
  }

  /** The customer that owns this account, or -1 (unknown, or shared by several customers). */
  int byAccount(String payerAccount) {
    Integer c = accounts.get(account(payerAccount));
    return c == null ? -1 : c;
  }

  String id(int c) {
    return customers.get(c).id();
  }

  double similarity(int c, NameKey payer) {
    return payer.plain.isEmpty() ? 0 : names.similarityTo(payer, nameEntries[c]);
  }

  /** How closely the payer wrote customer {@code c}'s legal form (see {@link NameIndex#legalFormAgreement}). */
  int legalFormAgreement(int c, NameKey payer) {
    return payer.plain.isEmpty() ? 0 : names.legalFormAgreement(payer, nameEntries[c]);
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
