package org.openar.collections.app;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.openar.collections.ComplianceSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of collections ({@code openar.collections.*}).
 *
 * @param dailyRunAt local time (business zone) from which the daily run may start, default 07:00
 * @param tick how often each node checks whether the daily run, the promise check or the digest is due (default 1m)
 * @param batchSize customers loaded and planned together (default 500)
 * @param node this node's name in run records (default host name and process id)
 * @param promiseGraceDays default grace after a promised date (default 3)
 * @param maxPromiseDays how far ahead a promise may be dated (default 180)
 * @param maxContacts default contact cap per customer and window (default 3)
 * @param windowDays default rolling window of the cap, in days (default 7)
 * @param quietStart default start of quiet hours (default 21:00)
 * @param quietEnd default end of quiet hours (default 08:00)
 * @param holidays default no-contact dates (companies may set their own)
 * @param digestDay weekday of the sales reps' digest (default MONDAY)
 * @param defaults create the shipped strategies and templates when absent (default true)
 * @param arPhone phone number dunning messages give for questions when the customer's collector has none
 * @param arEmail e-mail address dunning messages give when the customer has no collector
 */
@ConfigurationProperties("openar.collections")
public record CollectionsProperties(LocalTime dailyRunAt, Duration tick, Integer batchSize, String node,
    Integer promiseGraceDays, Integer maxPromiseDays, Integer maxContacts, Integer windowDays, LocalTime quietStart,
    LocalTime quietEnd, List<LocalDate> holidays, DayOfWeek digestDay, Boolean defaults, String arPhone,
    String arEmail) {

  public CollectionsProperties {
    dailyRunAt = dailyRunAt == null ? LocalTime.of(7, 0) : dailyRunAt;
    tick = tick == null ? Duration.ofMinutes(1) : tick;
    batchSize = batchSize == null ? 500 : Math.max(1, batchSize);
    node = node == null || node.isBlank() ? defaultNode() : node;
    promiseGraceDays = promiseGraceDays == null ? 3 : promiseGraceDays;
    maxPromiseDays = maxPromiseDays == null ? 180 : maxPromiseDays;
    maxContacts = maxContacts == null ? 3 : maxContacts;
    windowDays = windowDays == null ? 7 : windowDays;
    quietStart = quietStart == null ? LocalTime.of(21, 0) : quietStart;
    quietEnd = quietEnd == null ? LocalTime.of(8, 0) : quietEnd;
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
    digestDay = digestDay == null ? DayOfWeek.MONDAY : digestDay;
    defaults = defaults == null || defaults;
    arPhone = arPhone == null ? "" : arPhone;
    arEmail = arEmail == null ? "" : arEmail;
  }

  public ComplianceSettings compliance() {
    return new ComplianceSettings(maxContacts, windowDays, quietStart, quietEnd, Set.copyOf(holidays), 0);
  }

  private static String defaultNode() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      host = "node";
    }
    return host + "-" + ProcessHandle.current().pid();
  }
}
