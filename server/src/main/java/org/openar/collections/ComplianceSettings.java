package org.openar.collections;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contact rules of one company (or the defaults): at most {@code maxContacts} automated or logged contacts per
 * customer within any {@code windowDays} days, across channels; no e-mail or SMS between {@code quietStart} and
 * {@code quietEnd} in the customer's time zone (messages wait until the quiet hours end); no contact at all on the
 * listed holidays.
 */
public record ComplianceSettings(int maxContacts, int windowDays, LocalTime quietStart, LocalTime quietEnd,
    Set<LocalDate> holidays, long version) {

  public ComplianceSettings {
    holidays = holidays == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(holidays));
  }

  public static ComplianceSettings defaults() {
    return new ComplianceSettings(3, 7, LocalTime.of(21, 0), LocalTime.of(8, 0), Set.of(), 0);
  }

  public boolean isHoliday(LocalDate date) {
    return holidays.contains(date);
  }

  /** Whether a local time falls in the quiet hours (which may span midnight). */
  public boolean isQuiet(LocalTime t) {
    if (quietStart.equals(quietEnd)) {
      return false;
    }
    return quietStart.isBefore(quietEnd)
        ? !t.isBefore(quietStart) && t.isBefore(quietEnd)
        : !t.isBefore(quietStart) || t.isBefore(quietEnd);
  }
}
