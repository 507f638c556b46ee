package org.openar.cashapp.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.openar.cashapp.bench.SyntheticBook.Customer;
import org.openar.cashapp.bench.SyntheticBook.Item;

/**
 * Synthetic receipts with their truth; the rates are the noise model documented on {@link CashappBenchCommand}.
 * Each receipt pays items that are not paid by another receipt of the same run.
 */
final class SyntheticPayments {

  /** A statement line and, in {@code cases}, what the generator did to it ("kind=payment n=1 amount=fee ..."). */
  record Line(String id, LocalDate date, BigDecimal amount, String currency, String payerName, String payerAccount,
      String remittance, String structuredRef, String cases) {}

  record Truth(String lineId, String invoice, BigDecimal applied) {}

  static final BigDecimal USD_PER_CNY = new BigDecimal("0.1380");
  static final BigDecimal USD_PER_EUR = new BigDecimal("1.0850");

  final List<Line> lines = new ArrayList<>();
  final List<Truth> truth = new ArrayList<>();
  private final SyntheticBook book;
  private final Random rnd;
  private final SyntheticRemittance texts;
  private final Set<Integer> paid = new HashSet<>();

  SyntheticPayments(SyntheticBook book, Random rnd, int count) {
    this.book = book;
    this.rnd = rnd;
    this.texts = new SyntheticRemittance(rnd);
    for (int n = 1; n <= count; n++) {
      String id = "L" + n;
      double p = rnd.nextDouble();
      if (p < 0.07) {
        stranger(id);
      } else if (p < 0.09) {
        advance(id);
      } else {
        payment(id);
      }
    }
  }

  private void stranger(String id) {
    BigDecimal amount = rnd.nextDouble() < 0.15 ? book.items.get(rnd.nextInt(book.items.size())).open()
        : BigDecimal.valueOf(100 + rnd.nextInt(5_000_000), 2);
    String ccy = rnd.nextBoolean() ? "CNY" : "EUR";
    lines.add(new Line(id, book.statementDate, amount, ccy, NamePools.pick(rnd, NamePools.STRANGERS),
        rnd.nextBoolean() ? "" : "DE" + (10 + rnd.nextInt(89)) + (100000000L + rnd.nextInt(900000000)),
        texts.noise(), "", "kind=stranger"));
  }

  private void advance(String id) {
    Customer c = book.customers.get(rnd.nextInt(book.customers.size()));
    BigDecimal amount = BigDecimal.valueOf(100_000 + rnd.nextInt(9_000_000), 2);
    lines.add(new Line(id, book.statementDate, amount, c.currency(), c.name(), first(c.accounts()),
        rnd.nextBoolean() ? "Vorauszahlung / advance payment" : "预付款", "", "kind=advance"));
  }

  private void payment(String id) {
    Customer c = book.customers.get(rnd.nextInt(book.customers.size()));
    List<Item> open = c.items().stream().filter(i -> !paid.contains(i)).map(book.items::get)
        .sorted(Comparator.comparing(Item::dueDate).thenComparing(Item::number)).toList();
    if (open.isEmpty()) {
      advance(id);
      return;
    }
    int count = rnd.nextDouble() < 0.85 ? 1 : Math.min(open.size(), 2 + rnd.nextInt(4));
    List<Item> chosen = new ArrayList<>(open.subList(0, count));
    LocalDate day = book.statementDate;
    if (count == 1 && rnd.nextDouble() < 0.3) {
      // prompt payers: pay the newest invoice, inside its discount window when it has one
      open.stream().filter(i -> i.discountUntil() != null && !i.discountUntil().isBefore(day)).findFirst()
          .ifPresent(i -> chosen.set(0, i));
    }
    chosen.forEach(i -> paid.add(i.index()));
    LocalDate date = book.statementDate;
    Amounts a = amounts(id, chosen, date);
    String[] payer = SyntheticPayers.payer(rnd, c, book);
    String[] ref = texts.reference(chosen, a.allowStructured);
    lines.add(new Line(id, date, a.amount, a.currency, payer[0], payer[1], ref[0], ref[1],
        cases(chosen, open, a, payer[2], ref[2])));
  }

  /** The noise applied to a payment, for the benchmark's breakdown of the lines the engine leaves to a person. */
  private String cases(List<Item> chosen, List<Item> open, Amounts a, String payer, String ref) {
    StringBuilder sb = new StringBuilder("kind=payment n=").append(chosen.size()).append(" amount=").append(a.kind)
        .append(" payer=").append(payer).append(" ref=").append(ref);
    Item first = chosen.get(0);
    if (chosen.size() == 1 && open.stream().anyMatch(i -> i != first && i.open().compareTo(first.open()) == 0)) {
      sb.append(" same-amount-open"); // another open item of the customer has the paid item's amount
    }
    if (ref.equals("typo") && texts.lastTypos().stream().anyMatch(book::isNumber)) {
      sb.append(" typo-is-another-invoice");
    }
    return sb.toString();
  }

  private record Amounts(BigDecimal amount, String currency, boolean allowStructured, String kind) {}

  private Amounts amounts(String id, List<Item> items, LocalDate date) {
    BigDecimal gross = items.stream().map(Item::open).reduce(BigDecimal.ZERO, BigDecimal::add);
    String ccy = items.get(0).currency();
    double p = rnd.nextDouble();
    Item last = items.get(items.size() - 1);
    if (items.size() == 1 && last.discountPercent() != null && !last.discountUntil().isBefore(date)
        && rnd.nextDouble() < 0.8) {
      BigDecimal disc = last.open().multiply(last.discountPercent()).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN);
      truth.add(new Truth(id, last.number(), last.open().subtract(disc)));
      return new Amounts(last.open().subtract(disc), ccy, true, "discount");
    }
    // each case owns its own slice of p: a case that does not apply (a fee on a payment of 2,000 or less, which
    // would exceed the 2% tolerance; a partial or foreign-currency payment of several invoices) leaves the payment
    // exact rather than falling into the next case's slice
    if (p < 0.05 && gross.compareTo(new BigDecimal("2000")) > 0) {
      BigDecimal fee = BigDecimal.valueOf(500 + rnd.nextInt(3000), 2);
      items.forEach(i -> truth.add(new Truth(id, i.number(), i == last ? i.open().subtract(fee) : i.open())));
      return new Amounts(gross.subtract(fee), ccy, true, "fee");
    }
    if (p >= 0.05 && p < 0.10 && items.size() == 1) {
      BigDecimal part = last.open().multiply(BigDecimal.valueOf(30 + rnd.nextInt(60))).movePointLeft(2)
          .setScale(0, RoundingMode.DOWN).setScale(2);
      if (part.signum() > 0) {
        truth.add(new Truth(id, last.number(), part));
        return new Amounts(part, ccy, true, "partial");
      }
    }
    if (p >= 0.10 && p < 0.13 && items.size() == 1 && !ccy.equals("USD")) {
      BigDecimal rate = ccy.equals("CNY") ? USD_PER_CNY : USD_PER_EUR;
      BigDecimal drift = BigDecimal.ONE.add(BigDecimal.valueOf(rnd.nextInt(201) - 100, 4));
      BigDecimal usd = last.open().multiply(rate).multiply(drift).setScale(2, RoundingMode.HALF_EVEN);
      truth.add(new Truth(id, last.number(), usd));
      return new Amounts(usd, "USD", true, "fx");
    }
    if (p >= 0.13 && p < 0.15) {
      BigDecimal extra = BigDecimal.valueOf(1000 + rnd.nextInt(50000), 2);
      items.forEach(i -> truth.add(new Truth(id, i.number(), i.open())));
      return new Amounts(gross.add(extra), ccy, true, "overpaid");
    }
    items.forEach(i -> truth.add(new Truth(id, i.number(), i.open())));
    return new Amounts(gross, ccy, true, "exact");
  }

  private static String first(List<String> l) {
    return l.isEmpty() ? "" : l.get(0);
  }
}
