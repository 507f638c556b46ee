package org.openar.shared.time;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Business dates for one company: "today" in the company's time zone (default Asia/Shanghai), weekends and holidays.
 * Domain code receives dates from here (or as parameters); nothing calls {@code LocalDate.now()} itself.
 */
public final class BusinessCalendar {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private final Clock clock;
  private final ZoneId zone;
  private final Set<LocalDate> holidays;

  public BusinessCalendar(Clock clock, ZoneId zone, Set<LocalDate> holidays) {
    this.clock = clock;
    this.zone = zone;
    this.holidays = Set.copyOf(holidays);
  }

  public static BusinessCalendar of(Clock clock) {
    return new BusinessCalendar(clock, DEFAULT_ZONE, Set.of());
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  public ZoneId zone() {
    return zone;
  }

  public boolean isHoliday(LocalDate date) {
    return holidays.contains(date);
  }

  public boolean isBusinessDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isHoliday(date);
  }

  public BusinessCalendar withZone(ZoneId otherZone) {
    return new BusinessCalendar(clock, otherZone, holidays);
  }

  public BusinessCalendar withHolidays(Set<LocalDate> otherHolidays) {
    return new BusinessCalendar(clock, zone, otherHolidays);
  }
}
