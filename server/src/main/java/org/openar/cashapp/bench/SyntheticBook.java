package org.openar.cashapp.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic customers and open items for the cash-application benchmark (see {@link CashappBenchCommand} for the
 * whole noise model). Half the customers have Chinese names (城市 + brand + trade + 有限公司), half Latin ones
 * ("Müller Maschinenbau GmbH"); many share words, so names are similar without being equal. About twenty open items
 * per customer, invoice numbers in three schemes, amounts log-uniform between 50 and 200,000 with 8% round amounts
 * (duplicates across customers) and 5% of customers billed a fixed monthly amount (duplicates within a customer);
 * 30% of items offer 2% early-payment discount within 10 days.
 */
final class SyntheticBook {

  record Customer(String id, String name, List<String> accounts, List<String> aliases, String englishName,
      boolean chinese, String currency, List<Integer> items) {}

  record Item(int index, String number, int customer, String currency, BigDecimal open, LocalDate invoiceDate, LocalDate dueDate,
      BigDecimal discountPercent, LocalDate discountUntil) {}

  final List<Customer> customers = new ArrayList<>();
  private final java.util.Set<String> usedNames = new java.util.HashSet<>();
  final List<Item> items = new ArrayList<>();
  final LocalDate statementDate;
  private final Random rnd;
  private int sequence = 1000;

  SyntheticBook(Random rnd, int openItems, LocalDate statementDate) {
    this.rnd = rnd;
    this.statementDate = statementDate;
    int n = Math.max(50, openItems / 20);
    for (int c = 0; c < n; c++) {
      customers.add(customer(c));
    }
    for (int i = 0; i < openItems; i++) {
      int c = i < n ? i : rnd.nextInt(n);
      items.add(item(c));
      customers.get(c).items().add(i);
    }
  }

  private java.util.Set<String> numbers;

  /** Whether {@code s} is the number of an invoice of the book. */
  boolean isNumber(String s) {
    if (numbers == null) {
      numbers = new java.util.HashSet<>();
      items.forEach(i -> numbers.add(i.number()));
    }
    return numbers.contains(s);
  }

  private Customer customer(int c) {
    boolean chinese = rnd.nextBoolean();
    String name;
    String english = null;
    if (chinese) {
      String[] city = NamePools.pick(rnd, NamePools.CITIES);
      String[] a = NamePools.pick(rnd, NamePools.SYLLABLES);
      String[] b = NamePools.pick(rnd, NamePools.SYLLABLES);
      String[] trade = NamePools.pick(rnd, NamePools.TRADES);
      String[] form = NamePools.pick(rnd, NamePools.CN_FORMS);
      name = city[0] + a[0] + b[0] + trade[0] + form[0];
      english = city[1] + " " + a[1] + b[1] + " " + trade[1] + " " + form[1];
    } else {
      name = latinName();
    }
    if (!usedNames.add(name.replaceAll(" [^ ]+$", "")) && rnd.nextDouble() > 0.02) {
      return customer(c); // 2% of names repeat with another legal form (sister companies); the rest are distinct
    }
    List<String> accounts = new ArrayList<>();
    int accountCount = rnd.nextDouble() < 0.9 ? 1 + (rnd.nextDouble() < 0.25 ? 1 : 0) : 0;
    for (int k = 0; k < accountCount; k++) {
      accounts.add(chinese ? String.format("6222%015d", Math.floorMod(rnd.nextLong(), 1_000_000_000_000_000L))
          : String.format("DE%02d%018d", 10 + rnd.nextInt(89), Math.floorMod(rnd.nextLong(), 1_000_000_000_000_000_000L)));
    }
    List<String> aliases = new ArrayList<>();
    if (english != null && rnd.nextDouble() < 0.6) {
      aliases.add(english);
    }
    if (rnd.nextDouble() < 0.1) {
      aliases.add((chinese ? "" : "Fa. ") + NamePools.pick(rnd, NamePools.LATIN_FIRST) + " " + (c % 97) + " Holding");
    }
    String currency = chinese ? "CNY" : rnd.nextDouble() < 0.6 ? "EUR" : "USD";
    return new Customer("C" + (100000 + c), name, accounts, aliases, english, chinese, currency, new ArrayList<>());
  }

  private String latinName() {
    String middle = rnd.nextDouble() < 0.8 ? NamePools.pick(rnd, NamePools.LATIN_MIDDLE) + " " : "";
    return NamePools.pick(rnd, NamePools.LATIN_FIRST) + " " + middle + NamePools.pick(rnd, NamePools.LATIN_SECOND)
        + " " + NamePools.pick(rnd, NamePools.LATIN_FORMS);
  }

  private Item item(int c) {
    Customer cu = customers.get(c);
    int seq = sequence++;
    double scheme = rnd.nextDouble();
    String number = scheme < 0.5 ? String.format("INV-2026-%06d", seq)
        : scheme < 0.8 ? String.format("9%09d", seq) : String.format("FV/2026/%02d/%05d", 1 + seq % 12, seq);
    BigDecimal open = amount(cu);
    LocalDate invoiceDate = statementDate.minusDays(1 + rnd.nextInt(90));
    LocalDate due = invoiceDate.plusDays(rnd.nextBoolean() ? 30 : 60);
    boolean discount = rnd.nextDouble() < 0.3;
    return new Item(items.size(), number, c, cu.currency(), open, invoiceDate, due, discount ? new BigDecimal("2") : null,
        discount ? invoiceDate.plusDays(10) : null);
  }

  private BigDecimal amount(Customer cu) {
    if (Math.floorMod(cu.id().hashCode(), 20) == 0 && !cu.items().isEmpty() && rnd.nextDouble() < 0.7) {
      return items.get(cu.items().get(0)).open(); // a fixed monthly fee: same amount again
    }
    if (rnd.nextDouble() < 0.08) {
      return BigDecimal.valueOf((1 + rnd.nextInt(50)) * 500L).setScale(2);
    }
    double log = Math.log(50) + rnd.nextDouble() * (Math.log(200_000) - Math.log(50));
    long cents = Math.round(Math.exp(log) * 100);
    return BigDecimal.valueOf(cents, 2);
  }
}
