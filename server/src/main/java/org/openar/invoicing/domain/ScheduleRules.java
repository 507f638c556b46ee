package org.openar.invoicing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.InvoicingError;
import org.openar.invoicing.ScheduleMode;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.SharedError;

/** The rules of an installment schedule, reported under {@code schedule.*}. */
final class ScheduleRules {

  static final int MAX_INSTALLMENTS = 60;
  static final int MAX_INTERVAL_MONTHS = 12;

  private ScheduleRules() {}

  static void check(InvoiceDraft.Schedule s, LocalDate invoiceDate, List<FieldViolation> v) {
    if (s.mode() == null) {
      v.add(FieldViolation.of("schedule.mode", SharedError.MISSING_FIELD, "mode"));
      return;
    }
    if (s.intervalMonths() != null && (s.intervalMonths() < 1 || s.intervalMonths() > MAX_INTERVAL_MONTHS)) {
      v.add(FieldViolation.of("schedule.intervalMonths", InvoicingError.INVOICING_INVALID_SCHEDULE,
          "intervalMonths", 1, MAX_INTERVAL_MONTHS));
    }
    List<InvoiceDraft.Part> parts = s.parts() == null ? List.of() : s.parts();
    if (s.mode() == ScheduleMode.EQUAL) {
      checkEqual(s, parts, v);
    } else {
      checkPercent(parts, v);
    }
    checkPartDates(parts, invoiceDate, v);
  }

  private static void checkEqual(InvoiceDraft.Schedule s, List<InvoiceDraft.Part> parts, List<FieldViolation> v) {
    if (parts.isEmpty() && s.count() == null) {
      v.add(FieldViolation.of("schedule.count", SharedError.MISSING_FIELD, "count"));
    } else if (s.count() != null && (s.count() < 1 || s.count() > MAX_INSTALLMENTS)) {
      v.add(FieldViolation.of("schedule.count", InvoicingError.INVOICING_INVALID_SCHEDULE, "count", 1,
          MAX_INSTALLMENTS));
    } else if (s.count() != null && !parts.isEmpty() && s.count() != parts.size()) {
      v.add(FieldViolation.of("schedule.count", InvoicingError.INVOICING_SCHEDULE_COUNT_MISMATCH, s.count(),
          parts.size()));
    }
    checkCount(parts, v);
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) != null && parts.get(i).percent() != null) {
        v.add(FieldViolation.of("schedule.parts[" + i + "].percent",
            InvoicingError.INVOICING_PERCENT_NOT_APPLICABLE));
      }
    }
  }

  private static void checkPercent(List<InvoiceDraft.Part> parts, List<FieldViolation> v) {
    if (parts.isEmpty()) {
      v.add(FieldViolation.of("schedule.parts", SharedError.MISSING_FIELD, "parts"));
      return;
    }
    checkCount(parts, v);
    BigDecimal sum = BigDecimal.ZERO;
    boolean complete = true;
    for (int i = 0; i < parts.size(); i++) {
      BigDecimal p = parts.get(i) == null ? null : parts.get(i).percent();
      String field = "schedule.parts[" + i + "].percent";
      if (p == null) {
        v.add(FieldViolation.of(field, SharedError.MISSING_FIELD, "percent"));
        complete = false;
      } else if (!DraftRules.decimalWithin(p, false, DraftRules.PERCENT_DECIMALS, Pricing.HUNDRED)) {
        v.add(FieldViolation.of(field, InvoicingError.INVOICING_INVALID_PERCENT, p.toPlainString()));
        complete = false;
      } else {
        sum = sum.add(p);
      }
    }
    if (complete && sum.compareTo(Pricing.HUNDRED) != 0) {
      v.add(FieldViolation.of("schedule.parts", InvoicingError.INVOICING_INSTALLMENT_PERCENT_SUM,
          sum.stripTrailingZeros().toPlainString()));
    }
  }

  private static void checkCount(List<InvoiceDraft.Part> parts, List<FieldViolation> v) {
    if (parts.size() > MAX_INSTALLMENTS) {
      v.add(FieldViolation.of("schedule.parts", InvoicingError.INVOICING_INVALID_SCHEDULE, "parts", 1,
          MAX_INSTALLMENTS));
    }
  }

  /** Given due dates may not precede the invoice date and must not go backwards. */
  private static void checkPartDates(List<InvoiceDraft.Part> parts, LocalDate invoiceDate, List<FieldViolation> v) {
    LocalDate previous = null;
    for (int i = 0; i < parts.size(); i++) {
      LocalDate due = parts.get(i) == null ? null : parts.get(i).dueDate();
      if (due == null) {
        continue;
      }
      String field = "schedule.parts[" + i + "].dueDate";
      if (previous != null && due.isBefore(previous)) {
        v.add(FieldViolation.of(field, InvoicingError.INVOICING_INSTALLMENT_DATES_ORDER, due, previous));
      } else {
        DraftRules.dueNotBefore(field, due, invoiceDate, v);
      }
      previous = due;
    }
  }
}
