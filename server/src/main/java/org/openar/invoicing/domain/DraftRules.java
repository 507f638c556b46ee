package org.openar.invoicing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.InvoicingError;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;

/**
 * What makes invoice content valid, checked without the database. Every broken rule is reported on its JSON path
 * ({@code lines[2].quantity}, {@code schedule.parts[1].percent}) so a form shows all problems at once.
 */
public final class DraftRules {

  public static final int MAX_LINES = 500;
  public static final int MAX_DESCRIPTION = 500;
  public static final int MAX_UNIT = 20;
  public static final int MAX_REFERENCE = 200;
  public static final int MAX_NOTES = 2000;
  public static final int QUANTITY_DECIMALS = 4;
  public static final int PERCENT_DECIMALS = 4;
  static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000000");
  /** 15 integer digits, as the API reads amounts; keeps every sum far inside bigint minor units. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

  private DraftRules() {}

  /** Every rule {@code d} breaks; {@code currency} null when it could not be resolved (scale checks are skipped). */
  public static List<FieldViolation> check(InvoiceDraft d, CurrencyCode currency) {
    List<FieldViolation> v = new ArrayList<>();
    if (d.customerId() == null) {
      v.add(FieldViolation.of("customerId", SharedError.MISSING_FIELD, "customerId"));
    }
    checkDates(d, v);
    text("reference", d.reference(), MAX_REFERENCE, v);
    text("notes", d.notes(), MAX_NOTES, v);
    checkLines(d.lines(), currency, v);
    if (d.schedule() != null) {
      ScheduleRules.check(d.schedule(), d.invoiceDate(), v);
    }
    return v;
  }

  private static void checkDates(InvoiceDraft d, List<FieldViolation> v) {
    if (d.invoiceDate() == null) {
      v.add(FieldViolation.of("invoiceDate", SharedError.MISSING_FIELD, "invoiceDate"));
      return;
    }
    dateInRange("invoiceDate", d.invoiceDate(), v);
    if (d.dueDate() != null) {
      dueNotBefore("dueDate", d.dueDate(), d.invoiceDate(), v);
    }
  }

  static void dueNotBefore(String field, LocalDate due, LocalDate invoiceDate, List<FieldViolation> v) {
    if (invoiceDate != null && due.isBefore(invoiceDate)) {
      v.add(FieldViolation.of(field, InvoicingError.INVOICING_DUE_BEFORE_INVOICE, due, invoiceDate));
    } else {
      dateInRange(field, due, v);
    }
  }

  static void dateInRange(String field, LocalDate date, List<FieldViolation> v) {
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      v.add(FieldViolation.of(field, InvoicingError.INVOICING_DATE_OUT_OF_RANGE, date, EARLIEST, LATEST));
    }
  }

  private static void checkLines(List<InvoiceDraft.Line> lines, CurrencyCode currency, List<FieldViolation> v) {
    if (lines.isEmpty()) {
      v.add(FieldViolation.of("lines", InvoicingError.INVOICING_NO_LINES));
      return;
    }
    if (lines.size() > MAX_LINES) {
      v.add(FieldViolation.of("lines", InvoicingError.INVOICING_TOO_MANY_LINES, lines.size(), MAX_LINES));
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      String at = "lines[" + i + "]";
      if (lines.get(i) == null) {
        v.add(FieldViolation.of(at, SharedError.MISSING_FIELD, at));
      } else {
        LineRules.check(at, lines.get(i), currency, v);
      }
    }
  }

  static void text(String field, String value, int max, List<FieldViolation> v) {
    if (value != null && value.trim().length() > max) {
      v.add(FieldViolation.of(field, InvoicingError.INVOICING_TEXT_TOO_LONG, max));
    }
  }

  /** Positive (or >= 0), at most {@code decimals} decimals, at most {@code max}. */
  static boolean decimalWithin(BigDecimal value, boolean zeroAllowed, int decimals, BigDecimal max) {
    int sign = value.signum();
    return (sign > 0 || zeroAllowed && sign == 0) && decimals(value) <= decimals && value.compareTo(max) <= 0;
  }

  static int decimals(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }
}
