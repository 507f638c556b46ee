package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Open items in columns ({@link OpenItems}) with the indexes the engine looks up: every recognisable form of each
 * invoice number ({@link InvoiceKeys}), the items of each customer oldest due first, and the items by exact amount.
 */
final class ItemTable {

  final OpenItems src;
  final String[] number;
  final int[] customer;
  final byte[] currency;
  final long[] openMinor;
  final long[] discountMinor;
  final int[] discountUntil;
  final int[] dueDay;
  final FullForms fullForms;
  final LongIntMultiMap refs;
  final LongIntMultiMap byAmount;
  /** Items offering a discount, by their amount net of it (whether the window is open is checked per receipt). */
  final LongIntMultiMap byNetAmount;
  final int[][] byCustomer;

  ItemTable(OpenItems items, Map<String, Integer> customerIndex, int customerCount) {
    src = items;
    int n = items.size();
    number = items.number;
    currency = items.currency;
    openMinor = items.openMinor;
    discountMinor = items.discountMinor;
    discountUntil = items.discountUntil;
    dueDay = items.dueDay;
    // the amount index is independent of the rest: built on another core meanwhile
    CompletableFuture<LongIntMultiMap> amounts = CompletableFuture.supplyAsync(() -> amountIndex(false));
    CompletableFuture<LongIntMultiMap> netAmounts = CompletableFuture.supplyAsync(() -> amountIndex(true));
    customer = new int[n];
    int[] toCustomer = new int[items.customerIds.length];
    for (int k = 0; k < toCustomer.length; k++) {
      Integer c = customerIndex.get(items.customerIds[k]);
      toCustomer[k] = c == null ? -1 : c;
    }
    int[] counts = new int[customerCount];
    for (int i = 0; i < n; i++) {
      int c = toCustomer[items.customer[i]];
      customer[i] = c;
      if (c >= 0) {
        counts[c]++;
      }
    }
    fullForms = new FullForms(n);
    long[] formKeys = new long[n * 3 + 16];
    int[] formItems = new int[formKeys.length];
    int forms = 0;
    char[] buf = new char[64];
    long[] itemForms = new long[4];
    for (int i = 0; i < n; i++) {
      if (number[i].length() > buf.length) {
        buf = new char[number[i].length()];
      }
      int len = InvoiceKeys.full(number[i], buf);
      int f = FormHashes.of(number[i], buf, len, itemForms);
      if (forms + f > formKeys.length) {
        formKeys = Arrays.copyOf(formKeys, formKeys.length * 2);
        formItems = Arrays.copyOf(formItems, formKeys.length);
      }
      for (int k = 0; k < f; k++, forms++) {
        formKeys[forms] = itemForms[k];
        formItems[forms] = i;
      }
      fullForms.add(i, buf, len);
    }
    refs = LongIntMultiMap.of(formKeys, formItems, forms);
    byCustomer = group(counts);
    byAmount = amounts.join();
    byNetAmount = netAmounts.join();
  }

  private LongIntMultiMap amountIndex(boolean net) {
    int n = number.length;
    long[] keys = new long[n];
    int[] values = new int[n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      if (!net || discountMinor[i] > 0) {
        keys[size] = amountKey(currency[i], openMinor[i] - (net ? discountMinor[i] : 0));
        values[size++] = i;
      }
    }
    return LongIntMultiMap.of(keys, values, size);
  }

  private int[][] group(int[] counts) {
    int[][] out = new int[counts.length][];
    for (int c = 0; c < counts.length; c++) {
      out[c] = new int[counts[c]];
    }
    int[] fill = new int[counts.length];
    for (int i = 0; i < number.length; i++) {
      if (customer[i] >= 0) {
        out[customer[i]][fill[customer[i]]++] = i;
      }
    }
    for (int[] list : out) {
      sortByDue(list);
    }
    return out;
  }

  /**
   * Oldest due first, then by invoice number; a customer has a few dozen items, so insertion sort. The items of a
   * customer lie anywhere in the columns: their due days are read once into a local array, so that the comparisons
   * do not miss the cache (a million items are sorted this way when the engine is built).
   */
  void sortByDue(int[] list) {
    int n = list.length;
    long[] keys = new long[n];
    for (int k = 0; k < n; k++) {
      keys[k] = (long) dueDay[list[k]] << 32 | (k & 0xffffffffL);
    }
    for (int k = 1; k < n; k++) {
      long x = keys[k];
      int j = k - 1;
      while (j >= 0 && before(x, keys[j], list)) {
        keys[j + 1] = keys[j];
        j--;
      }
      keys[j + 1] = x;
    }
    int[] sorted = new int[n];
    for (int k = 0; k < n; k++) {
      sorted[k] = list[(int) keys[k]];
    }
    System.arraycopy(sorted, 0, list, 0, n);
  }

  /** Whether key {@code x} sorts before {@code y}: earlier due day, or the same day and a smaller invoice number. */
  private boolean before(long x, long y, int[] list) {
    int dx = (int) (x >> 32);
    int dy = (int) (y >> 32);
    return dx != dy ? dx < dy : number[list[(int) x]].compareTo(number[list[(int) y]]) < 0;
  }

  /** The small id of a receipt's currency among the items' currencies, or -1 when no item is in it. */
  int currencyId(String code) {
    for (int k = 0; k < src.currencies.length; k++) {
      if (src.currencies[k].code().equals(code)) {
        return k;
      }
    }
    return -1;
  }

  String currencyCode(int item) {
    return src.currencies[currency[item]].code();
  }

  /** The discount this item grants to a payment on {@code day} (epoch day), in minor units; 0 outside the window. */
  long discountOn(int item, long day) {
    return day <= discountUntil[item] ? discountMinor[item] : 0;
  }

  static long amountKey(int currencyId, long minor) {
    return LongIntMultiMap.mix(minor * 31 + currencyId);
  }

  List<Integer> withAmount(int ccy, long minor, int limit) {
    List<Integer> out = new ArrayList<>();
    for (int c = byAmount.first(amountKey(ccy, minor)); c >= 0 && out.size() <= limit; c = byAmount.next(c)) {
      int i = byAmount.value(c);
      if (openMinor[i] == minor && currency[i] == ccy) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Items a receipt of {@code minor} in currency {@code ccy} on {@code day} pays exactly: open for that amount, or
   * open for more with a discount, inside its window, that brings it to that amount. At most {@code limit} + 1.
   */
  int paidExactly(int ccy, long minor, long day, int limit, int[] out) {
    int n = 0;
    for (int c = byAmount.first(amountKey(ccy, minor)); c >= 0 && n <= limit; c = byAmount.next(c)) {
      int i = byAmount.value(c);
      if (openMinor[i] == minor && currency[i] == ccy) {
        out[n++] = i;
      }
    }
    for (int c = byNetAmount.first(amountKey(ccy, minor)); c >= 0 && n <= limit; c = byNetAmount.next(c)) {
      int i = byNetAmount.value(c);
      if (openMinor[i] - discountOn(i, day) == minor && discountOn(i, day) > 0 && currency[i] == ccy) {
        out[n++] = i;
      }
    }
    return n;
  }

  int[] byDue(int[] set) {
    int[] copy = Arrays.copyOf(set, set.length);
    sortByDue(copy);
    return copy;
  }
}
