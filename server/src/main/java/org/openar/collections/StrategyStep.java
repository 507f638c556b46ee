package org.openar.collections;

import java.util.UUID;
import org.openar.shared.money.Money;

/**
 * One step of a dunning strategy. Steps are numbered 1..n in the order of their offsets (the step number is the
 * dunning level). An item reaches a step {@code offsetDays} after its due date (negative: a friendly reminder before
 * it is due).
 *
 * @param name what the step is called in lists and the timeline ("Second reminder")
 * @param offsetDays days after the due date (-90..3650)
 * @param channel what the step does
 * @param templateKey notifications template of EMAIL, SMS and LETTER steps (null for the others)
 * @param minOverdue the step applies only when the customer's overdue total is at least this (null: always)
 * @param skipDisputed leave items with an open dispute out (default true)
 * @param skipPromised leave items covered by a promise to pay out until the promised date plus grace (default true)
 * @param minDaysSinceContact the step waits until the customer's last contact is at least this many days ago
 * @param agencyId ESCALATE_AGENCY / ESCALATE_LEGAL: place the items with this agency at once; null means a collector
 *     reviews the escalation first (a worklist task)
 */
public record StrategyStep(String name, int offsetDays, StepChannel channel, String templateKey, Money minOverdue,
    Boolean skipDisputed, Boolean skipPromised, Integer minDaysSinceContact, UUID agencyId) {

  public StrategyStep {
    skipDisputed = skipDisputed == null || skipDisputed;
    skipPromised = skipPromised == null || skipPromised;
  }

  public static StrategyStep message(String name, int offsetDays, StepChannel channel, String templateKey) {
    return new StrategyStep(name, offsetDays, channel, templateKey, null, true, true, null, null);
  }

  public StrategyStep withMinOverdue(Money min) {
    return new StrategyStep(name, offsetDays, channel, templateKey, min, skipDisputed, skipPromised,
        minDaysSinceContact, agencyId);
  }

  public StrategyStep withMinDaysSinceContact(Integer days) {
    return new StrategyStep(name, offsetDays, channel, templateKey, minOverdue, skipDisputed, skipPromised, days,
        agencyId);
  }
}
