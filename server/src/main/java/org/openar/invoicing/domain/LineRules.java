package org.openar.invoicing.domain;

import java.math.BigDecimal;
import java.util.List;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.InvoicingError;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;

/** The rules of one invoice line, reported under its path ({@code lines[2]}). */
final class LineRules {

  private LineRules() {}

  static void check(String at, InvoiceDraft.Line l, CurrencyCode currency, List<FieldViolation> v) {
    if (l.description() == null || l.description().isBlank()) {
      v.add(FieldViolation.of(at + ".description", SharedError.MISSING_FIELD, "description"));
    } else {
      DraftRules.text(at + ".description", l.description(), DraftRules.MAX_DESCRIPTION, v);
    }
    DraftRules.text(at + ".unit", l.unit(), DraftRules.MAX_UNIT, v);
    quantity(at + ".quantity", l.quantity(), v);
    unitPrice(at + ".unitPrice", l.unitPrice(), currency, v);
    percent(at + ".discountPercent", l.discountPercent(), false, InvoicingError.INVOICING_INVALID_DISCOUNT, v);
    percent(at + ".taxRate", l.taxRate(), true, InvoicingError.INVOICING_INVALID_TAX_RATE, v);
    if (l.quantity() != null && l.unitPrice() != null
        && l.quantity().multiply(l.unitPrice()).compareTo(DraftRules.MAX_AMOUNT) > 0) {
      v.add(FieldViolation.of(at + ".unitPrice", InvoicingError.INVOICING_AMOUNT_TOO_LARGE,
          DraftRules.MAX_AMOUNT.toPlainString()));
    }
  }

  static void quantity(String field, BigDecimal q, List<FieldViolation> v) {
    if (q == null) {
      v.add(FieldViolation.of(field, SharedError.MISSING_FIELD, "quantity"));
    } else if (!DraftRules.decimalWithin(q, false, DraftRules.QUANTITY_DECIMALS, DraftRules.MAX_QUANTITY)) {
      v.add(FieldViolation.of(field, InvoicingError.INVOICING_INVALID_QUANTITY, q.toPlainString(),
          DraftRules.QUANTITY_DECIMALS));
    }
  }

  private static void unitPrice(String field, BigDecimal p, CurrencyCode currency, List<FieldViolation> v) {
    if (p == null) {
      v.add(FieldViolation.of(field, SharedError.MISSING_FIELD, "unitPrice"));
    } else if (p.signum() < 0) {
      v.add(FieldViolation.of(field, InvoicingError.INVOICING_INVALID_UNIT_PRICE, p.toPlainString()));
    } else if (currency != null && DraftRules.decimals(p) > currency.minorDigits()) {
      v.add(FieldViolation.of(field, SharedError.AMOUNT_SCALE, p.toPlainString(), currency.code(),
          currency.minorDigits()));
    }
  }

  /** A percentage 0..100 with at most 4 decimals; required or optional. */
  private static void percent(String field, BigDecimal p, boolean required, InvoicingError error,
      List<FieldViolation> v) {
    if (p == null) {
      if (required) {
        v.add(FieldViolation.of(field, SharedError.MISSING_FIELD, field.substring(field.lastIndexOf('.') + 1)));
      }
    } else if (!DraftRules.decimalWithin(p, true, DraftRules.PERCENT_DECIMALS, Pricing.HUNDRED)) {
      v.add(FieldViolation.of(field, error, p.toPlainString()));
    }
  }
}
