package org.openar.invoicing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.PricedLine;
import org.openar.invoicing.TaxGroup;
import org.openar.invoicing.TaxRounding;
import org.openar.invoicing.Totals;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * Prices invoice lines. Per line: list = quantity x unit price; the discount takes its percentage off; then, with
 * prices net of tax, tax = net x rate, and with prices including tax, tax = gross x rate / (100 + rate) (价税分离).
 * Every amount of a line is rounded once with the invoice's {@link TaxRounding}; the document's totals and tax groups
 * are exact sums of the rounded lines, never re-rounded.
 */
public final class Pricing {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Pricing() {}

  /** Lines with their amounts, the totals and the tax groups by rate (highest rate first). */
  public record Priced(List<PricedLine> lines, Totals totals, List<TaxGroup> taxGroups) {}

  /** Prices valid lines (see {@link DraftRules}); line numbers are 1-based positions. */
  public static Priced price(List<InvoiceDraft.Line> lines, CurrencyCode currency, boolean pricesIncludeTax,
      TaxRounding rounding) {
    List<PricedLine> priced = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      priced.add(line(i + 1, lines.get(i), currency, pricesIncludeTax, rounding.policy().mode()));
    }
    return new Priced(priced, totals(priced, currency), groups(priced, currency));
  }

  /** One line; {@code discountPercent} null means none. */
  public static PricedLine line(int lineNo, InvoiceDraft.Line l, CurrencyCode currency, boolean pricesIncludeTax,
      RoundingMode mode) {
    BigDecimal discount = l.discountPercent() == null ? BigDecimal.ZERO : l.discountPercent();
    BigDecimal exactList = l.quantity().multiply(l.unitPrice());
    BigDecimal exactExtended = exactList.multiply(HUNDRED.subtract(discount)).movePointLeft(2);
    Money list = round(exactList, currency, mode);
    Money extended = round(exactExtended, currency, mode);
    Amounts a = pricesIncludeTax ? fromGross(extended, l.taxRate(), mode) : fromNet(extended, l.taxRate(), mode);
    return new PricedLine(lineNo, l.description() == null ? null : l.description().trim(), blankToNull(l.unit()),
        l.quantity(), l.unitPrice(), discount, l.taxRate(), list, list.minus(extended), a.net(), a.tax(), a.gross());
  }

  /** Net, tax and gross of one amount at one rate. */
  public record Amounts(Money net, Money tax, Money gross) {}

  /** Tax on a net amount: net x rate / 100, rounded. */
  public static Amounts fromNet(Money net, BigDecimal ratePercent, RoundingMode mode) {
    Money tax = round(net.amount().multiply(ratePercent).movePointLeft(2), net.currency(), mode);
    return new Amounts(net, tax, net.plus(tax));
  }

  /** The tax contained in a gross amount: gross x rate / (100 + rate), rounded once from the exact quotient. */
  public static Amounts fromGross(Money gross, BigDecimal ratePercent, RoundingMode mode) {
    int digits = gross.currency().minorDigits();
    BigDecimal tax = gross.amount().multiply(ratePercent).divide(HUNDRED.add(ratePercent), digits, mode);
    Money taxAmount = new Money(tax, gross.currency());
    return new Amounts(gross.minus(taxAmount), taxAmount, gross);
  }

  public static Money round(BigDecimal exact, CurrencyCode currency, RoundingMode mode) {
    return new Money(exact.setScale(currency.minorDigits(), mode), currency);
  }

  public static Totals totals(List<PricedLine> lines, CurrencyCode currency) {
    Money zero = Money.zero(currency);
    Money list = zero;
    Money discount = zero;
    Money net = zero;
    Money tax = zero;
    for (PricedLine l : lines) {
      list = list.plus(l.listAmount());
      discount = discount.plus(l.discountAmount());
      net = net.plus(l.netAmount());
      tax = tax.plus(l.taxAmount());
    }
    return new Totals(list, discount, net, tax, net.plus(tax));
  }

  public static List<TaxGroup> groups(List<PricedLine> lines, CurrencyCode currency) {
    Map<BigDecimal, TaxGroup> byRate = new TreeMap<>(Comparator.reverseOrder());
    for (PricedLine l : lines) {
      BigDecimal rate = normalizeRate(l.taxRate());
      TaxGroup g = byRate.getOrDefault(rate, new TaxGroup(rate, Money.zero(currency), Money.zero(currency),
          Money.zero(currency)));
      byRate.put(rate, new TaxGroup(rate, g.net().plus(l.netAmount()), g.tax().plus(l.taxAmount()),
          g.gross().plus(l.grossAmount())));
    }
    return List.copyOf(byRate.values());
  }

  /** 13, 13.0 and 13.00 are one rate. */
  public static BigDecimal normalizeRate(BigDecimal rate) {
    BigDecimal r = rate.stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0) : r;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
