package org.openar.invoicing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openar.invoicing.CreditMode;
import org.openar.invoicing.CreditNoteRequest;
import org.openar.invoicing.InvoicingError;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** The rules of a credit-note request that do not depend on what is left to credit. */
public final class CreditRules {

  public static final int MAX_REASON = 500;

  private CreditRules() {}

  /** {@code creditDate} is the request's date with its default (today) applied. */
  public static List<FieldViolation> check(CreditNoteRequest r, LocalDate creditDate, LocalDate invoiceDate,
      LocalDate today, CreditState state) {
    List<FieldViolation> v = new ArrayList<>();
    if (r.reason() == null || r.reason().isBlank()) {
      v.add(FieldViolation.of("reason", SharedError.MISSING_FIELD, "reason"));
    } else {
      DraftRules.text("reason", r.reason(), MAX_REASON, v);
    }
    if (creditDate.isBefore(invoiceDate)) {
      v.add(FieldViolation.of("creditDate", InvoicingError.INVOICING_CREDIT_BEFORE_INVOICE, creditDate, invoiceDate));
    } else if (creditDate.isAfter(today)) {
      v.add(FieldViolation.of("creditDate", InvoicingError.INVOICING_DATE_IN_FUTURE, creditDate, today));
    }
    if (r.mode() == null) {
      v.add(FieldViolation.of("mode", SharedError.MISSING_FIELD, "mode"));
      return v;
    }
    notApplicable(r.mode() != CreditMode.LINES && !r.lines().isEmpty(), "lines", r.mode(), v);
    notApplicable(r.mode() != CreditMode.AMOUNT && r.amount() != null, "amount", r.mode(), v);
    if (r.mode() == CreditMode.LINES) {
      checkLines(r.lines(), state, v);
    } else if (r.mode() == CreditMode.AMOUNT) {
      checkAmount(r.amount(), state.currency(), v);
    }
    return v;
  }

  private static void notApplicable(boolean given, String field, CreditMode mode, List<FieldViolation> v) {
    if (given) {
      v.add(FieldViolation.of(field, InvoicingError.INVOICING_INVALID_CREDIT, field, mode));
    }
  }

  private static void checkLines(List<CreditNoteRequest.Line> lines, CreditState state, List<FieldViolation> v) {
    if (lines.isEmpty()) {
      v.add(FieldViolation.of("lines", InvoicingError.INVOICING_NO_LINES));
      return;
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String at = "lines[" + i + "]";
      CreditNoteRequest.Line l = lines.get(i);
      if (l == null || l.lineNo() == null) {
        v.add(FieldViolation.of(at + ".lineNo", SharedError.MISSING_FIELD, "lineNo"));
      } else if (state.line(l.lineNo()) == null) {
        v.add(FieldViolation.of(at + ".lineNo", InvoicingError.INVOICING_UNKNOWN_LINE, l.lineNo()));
      } else if (!seen.add(l.lineNo())) {
        v.add(FieldViolation.of(at + ".lineNo", InvoicingError.INVOICING_DUPLICATE_LINE, l.lineNo()));
      }
      if (l != null && l.quantity() != null) {
        LineRules.quantity(at + ".quantity", l.quantity(), v);
      }
    }
  }

  private static void checkAmount(Money amount, CurrencyCode currency, List<FieldViolation> v) {
    if (amount == null) {
      v.add(FieldViolation.of("amount", SharedError.MISSING_FIELD, "amount"));
    } else if (!amount.currency().equals(currency)) {
      v.add(FieldViolation.of("amount", InvoicingError.INVOICING_CURRENCY_MISMATCH, amount.currency(), currency));
    } else if (!amount.isPositive()) {
      v.add(FieldViolation.of("amount", SharedError.AMOUNT_NOT_POSITIVE, "amount"));
    }
  }
}
