package org.openar.notifications;

/** What one sending pass did. {@code retrying} counts attempts that failed and were rescheduled. */
public record SendReport(int sent, int retrying, int failed, int suppressed) {

  public int processed() {
    return sent + retrying + failed + suppressed;
  }
}
