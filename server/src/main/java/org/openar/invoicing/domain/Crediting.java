package org.openar.invoicing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openar.invoicing.CreditNoteLine;
import org.openar.invoicing.CreditNoteRequest;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.InvoicingError;
import org.openar.invoicing.PricedLine;
import org.openar.invoicing.TaxGroup;
import org.openar.invoicing.Totals;
import org.openar.invoicing.domain.CreditState.Left;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.LargestRemainder;
import org.openar.shared.money.Money;

/**
 * Computes a credit note from a valid request (see {@link CreditRules}). A credit that takes all that is left of a line
 * or a rate takes exactly its remaining amounts, so crediting in parts always ends at the invoice's exact net and tax;
 * a partial one is priced like the invoice line and never exceeds what is left.
 */
public final class Crediting {

  private Crediting() {}

  public record Credit(List<CreditNoteLine> lines, Totals totals, List<TaxGroup> taxGroups, Money creditableBefore,
      Money creditableAfter) {}

  /** @throws OpenArException INVOICING_LINE_OVER_CREDIT or INVOICING_OVER_CREDIT */
  public static Credit compute(CreditNoteRequest r, CreditState s, boolean pricesIncludeTax, RoundingMode mode) {
    List<CreditNoteLine> lines = switch (r.mode()) {
      case LINES -> byLines(r.lines(), s, pricesIncludeTax, mode);
      case AMOUNT -> byAmount(r.amount(), s, mode, "amount");
      case FULL -> s.amountCredited() ? byAmount(s.grossLeft(), s, mode, "mode") : allLinesLeft(s);
    };
    List<TaxGroup> groups = groups(lines, s.currency());
    Money gross = groups.stream().map(TaxGroup::gross).reduce(Money.zero(s.currency()), Money::plus);
    String field = r.mode() == org.openar.invoicing.CreditMode.AMOUNT ? "amount"
        : r.mode() == org.openar.invoicing.CreditMode.FULL ? "mode" : "lines";
    if (!gross.isPositive()) {
      throw new OpenArException(InvoicingError.INVOICING_OVER_CREDIT, gross, s.grossLeft()).onField(field);
    }
    checkRates(groups, s, gross, field);
    Money net = groups.stream().map(TaxGroup::net).reduce(Money.zero(s.currency()), Money::plus);
    Money tax = gross.minus(net);
    Totals totals = new Totals(net, Money.zero(s.currency()), net, tax, gross);
    return new Credit(lines, totals, groups, s.grossLeft(), s.grossLeft().minus(gross));
  }

  private static List<CreditNoteLine> byLines(List<CreditNoteRequest.Line> requested, CreditState s,
      boolean pricesIncludeTax, RoundingMode mode) {
    List<CreditNoteLine> out = new ArrayList<>();
    List<FieldViolation> v = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      CreditNoteRequest.Line r = requested.get(i);
      Left left = s.leftOfLine(r.lineNo());
      BigDecimal qty = r.quantity() == null ? left.quantity() : r.quantity();
      if (left.quantity().signum() <= 0 || qty.compareTo(left.quantity()) > 0) {
        v.add(FieldViolation.of("lines[" + i + "].quantity", InvoicingError.INVOICING_LINE_OVER_CREDIT, r.lineNo(),
            qty.stripTrailingZeros().toPlainString(), left.quantity().stripTrailingZeros().toPlainString()));
      } else {
        out.add(creditLine(out.size() + 1, s.line(r.lineNo()), qty, left, pricesIncludeTax, mode));
      }
    }
    Violations.throwIfAny(v);
    return out;
  }

  private static List<CreditNoteLine> allLinesLeft(CreditState s) {
    List<CreditNoteLine> out = new ArrayList<>();
    for (int lineNo : s.lineNumbers()) {
      Left left = s.leftOfLine(lineNo);
      if (left.quantity().signum() > 0) {
        out.add(of(out.size() + 1, s.line(lineNo), left.quantity(), left.net(), left.tax()));
      }
    }
    return out;
  }

  private static CreditNoteLine creditLine(int no, PricedLine line, BigDecimal qty, Left left,
      boolean pricesIncludeTax, RoundingMode mode) {
    if (qty.compareTo(left.quantity()) == 0) {
      return of(no, line, qty, left.net(), left.tax());
    }
    PricedLine p = Pricing.line(line.lineNo(), new InvoiceDraft.Line(line.description(), line.unit(), qty,
        line.unitPrice(), line.discountPercent(), line.taxRate()), left.net().currency(), pricesIncludeTax, mode);
    return of(no, line, qty, p.netAmount().min(left.net()), p.taxAmount().min(left.tax()));
  }

  private static CreditNoteLine of(int no, PricedLine line, BigDecimal qty, Money net, Money tax) {
    return new CreditNoteLine(no, line.lineNo(), line.description(), line.unit(), qty, line.unitPrice(),
        line.taxRate(), net, tax, net.plus(tax));
  }

  /** The amount split over the rates in proportion to what is left at each; each part carries its share of tax. */
  private static List<CreditNoteLine> byAmount(Money amount, CreditState s, RoundingMode mode, String field) {
    Money left = s.grossLeft();
    if (!left.isPositive() || amount.isGreaterThan(left)) {
      throw new OpenArException(InvoicingError.INVOICING_OVER_CREDIT, amount, left).onField(field);
    }
    List<Map.Entry<BigDecimal, Left>> rates = s.leftByRate().entrySet().stream()
        .filter(e -> e.getValue().gross().isPositive()).toList();
    List<Money> parts = LargestRemainder.split(amount, rates.stream().map(e -> e.getValue().gross().amount()).toList());
    List<CreditNoteLine> out = new ArrayList<>();
    for (int i = 0; i < rates.size(); i++) {
      Money g = parts.get(i);
      if (g.isPositive()) {
        Money tax = taxOfPart(g, rates.get(i).getKey(), rates.get(i).getValue(), mode);
        out.add(new CreditNoteLine(out.size() + 1, null, null, null, null, null, rates.get(i).getKey(),
            g.minus(tax), tax, g));
      }
    }
    return out;
  }

  /** All that is left at the rate: exactly its tax; else the tax contained in the part, kept within what is left. */
  static Money taxOfPart(Money part, BigDecimal rate, Left left, RoundingMode mode) {
    if (part.equals(left.gross())) {
      return left.tax();
    }
    Money tax = Pricing.fromGross(part, rate, mode).tax();
    return tax.min(left.tax()).max(part.minus(left.net()));
  }

  /** The credit note's lines added up by tax rate. */
  public static List<TaxGroup> groups(List<CreditNoteLine> lines, CurrencyCode currency) {
    List<PricedLine> asPriced = lines.stream().map(l -> new PricedLine(l.lineNo(), l.description(), l.unit(),
        l.quantity(), l.unitPrice(), null, l.taxRate(), l.grossAmount(), Money.zero(currency), l.netAmount(),
        l.taxAmount(), l.grossAmount())).toList();
    return Pricing.groups(asPriced, currency);
  }

  private static void checkRates(List<TaxGroup> groups, CreditState s, Money gross, String field) {
    for (TaxGroup g : groups) {
      Left left = s.leftByRate().get(g.taxRate());
      if (left == null || g.gross().isGreaterThan(left.gross()) || g.tax().isGreaterThan(left.tax())) {
        throw new OpenArException(InvoicingError.INVOICING_OVER_CREDIT, gross, s.grossLeft()).onField(field);
      }
    }
  }
}
