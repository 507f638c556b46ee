package org.openar.cashapp.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Open items in columns (a million of them cost tens of megabytes, not hundreds) with the indexes the engine looks up:
 * every recognisable form of each invoice number ({@link InvoiceKeys}), the items of each customer oldest due first,
 * and the items by exact amount.
 */
final class ItemTable {

  final OpenItem[] items;
  final int[] customer;
  final long[] openMinor;
  final long[] discountMinor;
  final int[] discountUntil;
  final int[] dueDay;
  final String[] currency;
  final LongIntMultiMap refs;
  final LongIntMultiMap byAmount;
  final int[][] byCustomer;

  ItemTable(List<OpenItem> list, Map<String, Integer> customerIndex, int customerCount) {
    int n = list.size();
    items = list.toArray(OpenItem[]::new);
    customer = new int[n];
    openMinor = new long[n];
    discountMinor = new long[n];
    discountUntil = new int[n];
    dueDay = new int[n];
    currency = new String[n];
    refs = new LongIntMultiMap(n * 3);
    byAmount = new LongIntMultiMap(n);
    int[] counts = new int[customerCount];
    Map<String, String> currencies = new HashMap<>();
    for (int i = 0; i < n; i++) {
      OpenItem it = items[i];
      Integer c = customerIndex.get(it.customerId());
      customer[i] = c == null ? -1 : c;
      if (c != null) {
        counts[c]++;
      }
      fill(i, it, currencies);
    }
    byCustomer = group(counts);
  }

  private void fill(int i, OpenItem it, Map<String, String> currencies) {
    openMinor[i] = it.open().minor();
    currency[i] = currencies.computeIfAbsent(it.open().currency().code(), k -> k);
    dueDay[i] = it.dueDate() == null ? Integer.MAX_VALUE : (int) it.dueDate().toEpochDay();
    if (it.offersDiscount()) {
      discountMinor[i] = it.open().times(it.discountPercent().movePointLeft(2), RoundingMode.HALF_EVEN).minor();
      discountUntil[i] = (int) it.discountUntil().toEpochDay();
    } else {
      discountUntil[i] = Integer.MIN_VALUE;
    }
    for (String form : InvoiceKeys.forms(it.invoiceNumber())) {
      refs.put(LongIntMultiMap.hash(form), i);
    }
    byAmount.put(amountKey(currency[i], openMinor[i]), i);
  }

  private int[][] group(int[] counts) {
    int[][] out = new int[counts.length][];
    for (int c = 0; c < counts.length; c++) {
      out[c] = new int[counts[c]];
    }
    int[] fill = new int[counts.length];
    for (int i = 0; i < items.length; i++) {
      if (customer[i] >= 0) {
        out[customer[i]][fill[customer[i]]++] = i;
      }
    }
    for (int[] list : out) {
      if (list.length > 1) {
        sortByDue(list);
      }
    }
    return out;
  }

  private void sortByDue(int[] list) {
    Integer[] boxed = Arrays.stream(list).boxed().toArray(Integer[]::new);
    Arrays.sort(boxed, (a, b) -> dueDay[a] != dueDay[b] ? Integer.compare(dueDay[a], dueDay[b])
        : items[a].invoiceNumber().compareTo(items[b].invoiceNumber()));
    for (int k = 0; k < list.length; k++) {
      list[k] = boxed[k];
    }
  }

  /** The discount this item grants to a payment on {@code day} (epoch day), in minor units; 0 outside the window. */
  long discountOn(int item, long day) {
    return day <= discountUntil[item] ? discountMinor[item] : 0;
  }

  static long amountKey(String currency, long minor) {
    return LongIntMultiMap.mix(minor * 31 + currency.hashCode());
  }

  List<Integer> withAmount(String ccy, long minor, int limit) {
    List<Integer> out = new ArrayList<>();
    for (int c = byAmount.first(amountKey(ccy, minor)); c >= 0 && out.size() <= limit; c = byAmount.next(c)) {
      int i = byAmount.value(c);
      if (openMinor[i] == minor && currency[i].equals(ccy)) {
        out.add(i);
      }
    }
    return out;
  }

  static BigDecimal percent(BigDecimal p) {
    return p.movePointLeft(2);
  }

  static int day(LocalDate d) {
    return (int) d.toEpochDay();
  }
}
