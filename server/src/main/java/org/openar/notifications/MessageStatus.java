package org.openar.notifications;

/**
 * Where a message is. QUEUED (waiting, possibly for a retry) becomes SENT when the SMTP server or SMS provider accepted
 * it (a letter when it went into a print batch), FAILED after a permanent error or the last attempt, SUPPRESSED when its
 * address is on the channel's suppression list, or CANCELLED by a user while it was still queued.
 */
public enum MessageStatus {
  QUEUED,
  SENT,
  FAILED,
  SUPPRESSED,
  CANCELLED;

  public boolean isFinal() {
    return this != QUEUED;
  }
}
