package org.openar.cashapp.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * Open items in columns: what the engine is built from. A million {@link OpenItem} records with their Money,
 * BigDecimal and LocalDate objects are some ten million objects the garbage collector copies again and again; these
 * columns are a few dozen arrays. Amounts are minor units, dates epoch days, currencies and customers small ids.
 * Fill it with {@link Builder#add} (a file reader) or {@link #of(List)} (records from the ledger).
 */
public final class OpenItems {

  /** Stands for "no date" in the date columns: no due date sorts last, no discount window never includes a day. */
  public static final int NO_DUE_DATE = Integer.MAX_VALUE;
  public static final int NO_DISCOUNT = Integer.MIN_VALUE;

  final String[] number;
  final int[] customer;
  final String[] customerIds;
  final byte[] currency;
  final CurrencyCode[] currencies;
  final long[] openMinor;
  final long[] discountMinor;
  final int[] discountUntil;
  final int[] dueDay;
  private final int size;

  private OpenItems(Builder b) {
    size = b.size;
    number = Arrays.copyOf(b.number, size);
    customer = Arrays.copyOf(b.customer, size);
    customerIds = b.customerIds.toArray(String[]::new);
    currency = Arrays.copyOf(b.currency, size);
    currencies = b.currencies.toArray(CurrencyCode[]::new);
    openMinor = Arrays.copyOf(b.openMinor, size);
    discountMinor = Arrays.copyOf(b.discountMinor, size);
    discountUntil = Arrays.copyOf(b.discountUntil, size);
    dueDay = Arrays.copyOf(b.dueDay, size);
  }

  public static Builder builder(int expectedSize) {
    return new Builder(expectedSize);
  }

  /** A builder whose items name their customer by position in {@code customerIds} ({@link Builder#add(String, int,
   * CurrencyCode, long, int, BigDecimal, int)}). */
  public static Builder builder(int expectedSize, List<String> customerIds) {
    Builder b = new Builder(expectedSize);
    customerIds.forEach(id -> b.customerIndex.computeIfAbsent(id, k -> {
      b.customerIds.add(k);
      return b.customerIds.size() - 1;
    }));
    return b;
  }

  public static OpenItems of(List<OpenItem> items) {
    Builder b = builder(items.size());
    for (OpenItem it : items) {
      b.add(it.invoiceNumber(), it.customerId(), it.open().currency(), it.open().minor(),
          it.dueDate() == null ? NO_DUE_DATE : (int) it.dueDate().toEpochDay(), it.discountPercent(),
          it.discountUntil() == null ? NO_DISCOUNT : (int) it.discountUntil().toEpochDay());
    }
    return b.build();
  }

  public int size() {
    return size;
  }

  public String invoiceNumber(int i) {
    return number[i];
  }

  public String customerId(int i) {
    return customerIds[customer[i]];
  }

  public Money open(int i) {
    return Money.ofMinor(openMinor[i], currencies[currency[i]]);
  }

  /** The last day of the item's discount window, or null when it offers none. */
  public LocalDate discountUntil(int i) {
    return discountUntil[i] == NO_DISCOUNT ? null : LocalDate.ofEpochDay(discountUntil[i]);
  }

  /** Appends items one at a time; customer ids and currencies are turned into small ids on the way. */
  public static final class Builder {
    private String[] number;
    private int[] customer;
    private byte[] currency;
    private long[] openMinor;
    private long[] discountMinor;
    private int[] discountUntil;
    private int[] dueDay;
    private int size;
    private final Map<String, Integer> customerIndex = new HashMap<>();
    private final List<String> customerIds = new ArrayList<>();
    private final List<CurrencyCode> currencies = new ArrayList<>();
    private final Map<BigDecimal, BigDecimal> fractions = new HashMap<>();

    private Builder(int expected) {
      int n = Math.max(16, expected);
      number = new String[n];
      customer = new int[n];
      currency = new byte[n];
      openMinor = new long[n];
      discountMinor = new long[n];
      discountUntil = new int[n];
      dueDay = new int[n];
    }

    /**
     * One item. {@code discountPercent} (null for none) applies to payments on or before {@code discountUntilDay}
     * (epoch day, {@link #NO_DISCOUNT} for none); {@code dueDay} is an epoch day or {@link #NO_DUE_DATE}.
     */
    public Builder add(String invoiceNumber, String customerId, CurrencyCode ccy, long open, int dueDay,
        BigDecimal discountPercent, int discountUntilDay) {
      int c = customerIndex.computeIfAbsent(customerId, k -> {
        customerIds.add(k);
        return customerIds.size() - 1;
      });
      return add(invoiceNumber, c, ccy, open, dueDay, discountPercent, discountUntilDay);
    }

    /** One item of the customer at {@code customer} in the list the builder was made with. */
    public Builder add(String invoiceNumber, int customer, CurrencyCode ccy, long open, int dueDay,
        BigDecimal discountPercent, int discountUntilDay) {
      if ((discountPercent == null) != (discountUntilDay == NO_DISCOUNT)) {
        throw new IllegalArgumentException("discount percent and discount date go together (" + invoiceNumber + ")");
      }
      if (customer < 0 || customer >= customerIds.size()) {
        throw new IllegalArgumentException("no customer at " + customer + " (" + invoiceNumber + ")");
      }
      if (size == number.length) {
        grow();
      }
      number[size] = invoiceNumber;
      this.customer[size] = customer;
      currency[size] = currencyId(ccy);
      openMinor[size] = open;
      this.dueDay[size] = dueDay;
      boolean offers = discountPercent != null && discountPercent.signum() > 0;
      discountMinor[size] = offers ? discount(open, discountPercent, ccy) : 0;
      discountUntil[size] = offers ? discountUntilDay : NO_DISCOUNT;
      size++;
      return this;
    }

    public OpenItems build() {
      return new OpenItems(this);
    }

    private byte currencyId(CurrencyCode ccy) {
      int k = currencies.indexOf(ccy);
      if (k < 0) {
        if (currencies.size() == Byte.MAX_VALUE) {
          throw new IllegalArgumentException("more than " + Byte.MAX_VALUE + " currencies");
        }
        currencies.add(ccy);
        k = currencies.size() - 1;
      }
      return (byte) k;
    }

    /** The discount in minor units, rounded half-even like {@code Money.times(percent / 100, HALF_EVEN)}. */
    private long discount(long open, BigDecimal percent, CurrencyCode ccy) {
      BigDecimal fraction = fractions.computeIfAbsent(percent, p -> p.movePointLeft(2));
      return Money.ofMinor(open, ccy).times(fraction, RoundingMode.HALF_EVEN).minor();
    }

    private void grow() {
      int n = number.length * 2;
      number = Arrays.copyOf(number, n);
      customer = Arrays.copyOf(customer, n);
      currency = Arrays.copyOf(currency, n);
      openMinor = Arrays.copyOf(openMinor, n);
      discountMinor = Arrays.copyOf(discountMinor, n);
      discountUntil = Arrays.copyOf(discountUntil, n);
      dueDay = Arrays.copyOf(dueDay, n);
    }
  }
}
