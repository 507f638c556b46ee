package org.openar.cashapp.bench;

import java.util.Random;
import org.openar.cashapp.bench.SyntheticBook.Customer;

/** Who the bank says paid: the customer's account, its name written some other way, an alias, or a third party. */
final class SyntheticPayers {

  private SyntheticPayers() {}

  /** {payer name, payer account, what kind of payer it is (for the benchmark's breakdown)}. */
  static String[] payer(Random rnd, Customer c, SyntheticBook book) {
    double p = rnd.nextDouble();
    if (p < 0.62) {
      // a customer without a registered account pays from one the book does not know: recognisable by name only
      if (c.accounts().isEmpty()) {
        String name = variant(rnd, c);
        return new String[] {name, "", unknownName(c, name) ? "name-not-in-master" : "name"};
      }
      return new String[] {variant(rnd, c), c.accounts().get(rnd.nextInt(c.accounts().size())), "account"};
    }
    if (p < 0.70) {
      Customer other = book.customers.get(rnd.nextInt(book.customers.size()));
      boolean customerName = rnd.nextDouble() < 0.3;
      String name = customerName ? other.name() : NamePools.pick(rnd, NamePools.LATIN_FIRST)
          + (rnd.nextBoolean() ? " Factoring GmbH" : " Treasury Services Ltd.");
      return new String[] {name, rnd.nextBoolean() ? "" : "GB" + (10 + rnd.nextInt(89)) + "BARC" + rnd.nextInt(99999999),
          customerName ? "third-party-customer" : "third-party-factor"};
    }
    if (p < 0.77 && !c.aliases().isEmpty()) {
      return new String[] {c.aliases().get(rnd.nextInt(c.aliases().size())), "", "alias"};
    }
    String name = variant(rnd, c);
    return new String[] {name, "", unknownName(c, name) ? "name-not-in-master" : "name"};
  }

  /**
   * An English name the customer master does not list as an alias cannot be linked to the Chinese customer. (Until
   * 2026-11 this was only checked for payers without an account of any kind; a customer without a registered account
   * paying under its unlisted English name was counted as a decidable "name" payer in the breakdown.)
   */
  private static boolean unknownName(Customer c, String name) {
    return c.chinese() && c.englishName() != null && name.equalsIgnoreCase(truncate(c.englishName(), 35))
        && c.aliases().stream().noneMatch(a -> a.equalsIgnoreCase(c.englishName()));
  }

  /** The customer's name as a bank may render it. */
  static String variant(Random rnd, Customer c) {
    String n = c.name();
    double p = rnd.nextDouble();
    if (p < 0.35) {
      return n;
    }
    if (p < 0.50) {
      return truncate(c.chinese() && c.englishName() != null && rnd.nextBoolean() ? c.englishName() : n.toUpperCase(), 35);
    }
    if (p < 0.65) {
      return n.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("Ü", "UE").toUpperCase()
          .replace(",", "").replace(".", "");
    }
    if (p < 0.80 && c.chinese()) {
      return n.substring(2).replace("股份有限公司", "").replace("有限责任公司", "").replace("有限公司", "");
    }
    if (p < 0.90) {
      int cut = n.lastIndexOf(' ');
      return cut > 0 && !c.chinese() ? n.substring(0, cut) : n;
    }
    return n.replace("ü", "u").replace("ö", "o").replace("ä", "a").toLowerCase();
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
