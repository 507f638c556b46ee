package org.openar.shared.time;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} of the application. {@code openar.clock.date=2026-03-01} starts a movable clock on that date
 * (time-travel for demos and tests); otherwise the system clock.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfig {

  @Bean
  public Clock clock(@Value("${openar.clock.date:}") String fixedDate) {
    if (fixedDate != null && !fixedDate.isBlank()) {
      return MutableClock.at(LocalDate.parse(fixedDate.trim()));
    }
    return Clock.systemUTC();
  }

  @Bean
  public BusinessCalendar businessCalendar(Clock clock) {
    return BusinessCalendar.of(clock);
  }
}
