package org.openar.invoicing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.ScheduleMode;
import org.openar.shared.money.LargestRemainder;
import org.openar.shared.money.Money;

/**
 * Installment schedules: amounts are a largest-remainder split of the gross amount (equal weights or the percentages),
 * so they always add up to it exactly; due dates are the given ones, the others follow the last given one (or the
 * invoice's due date for the first) by whole intervals of months, keeping the end of the month when it starts on one.
 */
public final class Schedules {

  private Schedules() {}

  /** One installment due on {@code dueDate} without a schedule; the schedule's installments with one. */
  public static List<Installment> plan(Money gross, LocalDate dueDate, InvoiceDraft.Schedule schedule) {
    if (schedule == null) {
      return List.of(new Installment(1, null, dueDate, gross, null, null));
    }
    List<InvoiceDraft.Part> parts = schedule.parts() == null ? List.of() : schedule.parts();
    int count = parts.isEmpty() ? schedule.count() : parts.size();
    List<Money> amounts = schedule.mode() == ScheduleMode.PERCENT
        ? LargestRemainder.split(gross, parts.stream().map(InvoiceDraft.Part::percent).toList())
        : LargestRemainder.splitEvenly(gross, count);
    List<LocalDate> dates = dueDates(parts, count, dueDate, interval(schedule));
    List<Installment> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      BigDecimal percent = schedule.mode() == ScheduleMode.PERCENT ? parts.get(i).percent() : null;
      result.add(new Installment(i + 1, percent, dates.get(i), amounts.get(i), null, null));
    }
    return result;
  }

  static int interval(InvoiceDraft.Schedule schedule) {
    return schedule.intervalMonths() == null ? 1 : schedule.intervalMonths();
  }

  static List<LocalDate> dueDates(List<InvoiceDraft.Part> parts, int count, LocalDate first, int intervalMonths) {
    List<LocalDate> dates = new ArrayList<>(count);
    LocalDate anchor = first;
    int anchorIndex = 0;
    for (int i = 0; i < count; i++) {
      LocalDate given = i < parts.size() && parts.get(i) != null ? parts.get(i).dueDate() : null;
      if (given != null) {
        anchor = given;
        anchorIndex = i;
        dates.add(given);
      } else {
        dates.add(monthsAfter(anchor, (long) (i - anchorIndex) * intervalMonths));
      }
    }
    return dates;
  }

  /** {@code months} after {@code date}; from a month's last day to the last day of the target month. */
  static LocalDate monthsAfter(LocalDate date, long months) {
    LocalDate shifted = date.plusMonths(months);
    boolean endOfMonth = date.getDayOfMonth() == date.lengthOfMonth();
    return endOfMonth ? shifted.with(TemporalAdjusters.lastDayOfMonth()) : shifted;
  }
}
