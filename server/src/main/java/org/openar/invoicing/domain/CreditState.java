package org.openar.invoicing.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openar.invoicing.CreditNoteLine;
import org.openar.invoicing.PricedLine;
import org.openar.invoicing.TaxGroup;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * What an invoice still allows to credit after its earlier credit notes: per invoice line (quantity and amounts) and
 * per tax rate (net, tax, gross). Crediting never takes a line, or a rate, below zero, so the tax credited at a rate
 * never exceeds the tax invoiced at it.
 */
public final class CreditState {

  /** What is left of one line or one rate. */
  public record Left(BigDecimal quantity, Money net, Money tax, Money gross) {
    Left minus(BigDecimal q, Money n, Money t, Money g) {
      return new Left(quantity == null || q == null ? quantity : quantity.subtract(q), net.minus(n), tax.minus(t),
          gross.minus(g));
    }
  }

  private final CurrencyCode currency;
  private final Map<Integer, PricedLine> lines = new HashMap<>();
  private final Map<Integer, Left> byLine = new HashMap<>();
  private final Map<BigDecimal, Left> byRate = new TreeMap<>(java.util.Comparator.reverseOrder());
  private final boolean amountCredited;

  public CreditState(CurrencyCode currency, List<PricedLine> invoiceLines, List<TaxGroup> invoiceGroups,
      List<CreditNoteLine> earlierCredits) {
    this.currency = currency;
    for (PricedLine l : invoiceLines) {
      lines.put(l.lineNo(), l);
      byLine.put(l.lineNo(), new Left(l.quantity(), l.netAmount(), l.taxAmount(), l.grossAmount()));
    }
    for (TaxGroup g : invoiceGroups) {
      byRate.put(Pricing.normalizeRate(g.taxRate()), new Left(null, g.net(), g.tax(), g.gross()));
    }
    boolean amounts = false;
    for (CreditNoteLine c : earlierCredits) {
      if (c.invoiceLineNo() != null) {
        byLine.computeIfPresent(c.invoiceLineNo(),
            (k, left) -> left.minus(c.quantity(), c.netAmount(), c.taxAmount(), c.grossAmount()));
      } else {
        amounts = true;
      }
      byRate.computeIfPresent(Pricing.normalizeRate(c.taxRate()),
          (k, left) -> left.minus(null, c.netAmount(), c.taxAmount(), c.grossAmount()));
    }
    this.amountCredited = amounts;
  }

  public CurrencyCode currency() {
    return currency;
  }

  public PricedLine line(int lineNo) {
    return lines.get(lineNo);
  }

  public Left leftOfLine(int lineNo) {
    return byLine.get(lineNo);
  }

  /** Rates (highest first) with what is left at each. */
  public Map<BigDecimal, Left> leftByRate() {
    return java.util.Collections.unmodifiableMap(byRate);
  }

  /** Invoice line numbers in order. */
  public List<Integer> lineNumbers() {
    return lines.keySet().stream().sorted().toList();
  }

  /** Whether an earlier credit note credited an amount (not lines), so lines no longer tell what is left. */
  public boolean amountCredited() {
    return amountCredited;
  }

  public Money grossLeft() {
    return byRate.values().stream().map(Left::gross).reduce(Money.zero(currency), Money::plus);
  }
}
