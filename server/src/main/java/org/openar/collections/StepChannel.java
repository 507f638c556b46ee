package org.openar.collections;

import org.openar.notifications.Channel;

/**
 * What a strategy step does: a message (EMAIL, SMS, a printed LETTER), a call in the collector's worklist
 * (PHONE_TASK), or an escalation to a collection agency or to legal. One communication per customer and channel per
 * run.
 */
public enum StepChannel {
  EMAIL(Channel.EMAIL),
  SMS(Channel.SMS),
  LETTER(Channel.LETTER),
  PHONE_TASK(null),
  ESCALATE_AGENCY(null),
  ESCALATE_LEGAL(null);

  private final Channel message;

  StepChannel(Channel message) {
    this.message = message;
  }

  /** The notifications channel of a message step; null for tasks and escalations. */
  public Channel messageChannel() {
    return message;
  }

  public boolean isMessage() {
    return message != null;
  }

  public boolean isEscalation() {
    return this == ESCALATE_AGENCY || this == ESCALATE_LEGAL;
  }
}
