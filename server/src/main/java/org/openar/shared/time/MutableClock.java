package org.openar.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests (and the time-travel CLI option) move by hand, Kill Bill style: set it to 2025-03-01, run, move to
 * 03-31, run again. In normal operation the application uses the system clock.
 */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public MutableClock(Instant start) {
    this(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Noon in Shanghai on the given date: the middle of a business day, whatever zone a test reads it in. */
  public static MutableClock at(LocalDate date) {
    return new MutableClock(date.atTime(12, 0).atZone(BusinessCalendar.DEFAULT_ZONE).toInstant());
  }

  public void set(Instant instant) {
    now.set(instant);
  }

  public void setDate(LocalDate date) {
    now.set(date.atTime(12, 0).atZone(BusinessCalendar.DEFAULT_ZONE).toInstant());
  }

  public void advance(Duration d) {
    now.updateAndGet(i -> i.plus(d));
  }

  public void advanceDays(long days) {
    advance(Duration.ofDays(days));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId otherZone) {
    return new MutableClock(now, otherZone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
