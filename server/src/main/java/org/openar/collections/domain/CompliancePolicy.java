package org.openar.collections.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openar.collections.ComplianceSettings;
import org.openar.collections.DecisionOutcome;
import org.openar.collections.DecisionReason;
import org.openar.collections.StepChannel;

/**
 * The contact cap and quiet hours over a customer's planned messages. The cap counts contacts in the rolling window
 * across channels and keeps the highest levels (a final notice before a reminder); quiet hours hold e-mail and SMS in
 * the outbox until they end in the customer's zone, skipping holidays.
 */
final class CompliancePolicy {

  private CompliancePolicy() {}

  static List<PlannedDecision> apply(CustomerCase c, List<PlannedDecision> decisions) {
    ComplianceSettings rules = c.compliance();
    List<PlannedDecision> sends = decisions.stream().filter(d -> d.outcome() == DecisionOutcome.SEND)
        .sorted(Comparator.comparing((PlannedDecision d) -> -d.level()).thenComparing(d -> d.channel().ordinal()))
        .toList();
    int remaining = Math.max(0, rules.maxContacts() - c.contactsInWindow());
    List<PlannedDecision> out = new ArrayList<>();
    for (PlannedDecision d : decisions) {
      if (d.outcome() != DecisionOutcome.SEND) {
        out.add(d);
      } else if (sends.indexOf(d) >= remaining) {
        out.add(d.as(DecisionOutcome.SKIP, DecisionReason.CONTACT_CAP, Details.of("maxContacts",
            rules.maxContacts(), "windowDays", rules.windowDays(), "contacts", c.contactsInWindow()), null));
      } else {
        out.add(quiet(c, d));
      }
    }
    return out;
  }

  private static PlannedDecision quiet(CustomerCase c, PlannedDecision d) {
    ComplianceSettings rules = c.compliance();
    if (d.channel() != StepChannel.EMAIL && d.channel() != StepChannel.SMS) {
      return d;
    }
    ZonedDateTime local = c.now().atZone(c.zone());
    if (!rules.isQuiet(local.toLocalTime())) {
      return d;
    }
    LocalDate day = local.toLocalTime().isBefore(rules.quietEnd()) ? local.toLocalDate()
        : local.toLocalDate().plusDays(1);
    while (rules.isHoliday(day)) {
      day = day.plusDays(1);
    }
    Instant notBefore = day.atTime(rules.quietEnd()).atZone(c.zone()).toInstant();
    return d.as(DecisionOutcome.DEFER, DecisionReason.QUIET_HOURS, Details.of("quietStart", rules.quietStart(),
        "quietEnd", rules.quietEnd(), "zone", c.zone().getId(), "sendAt", notBefore), notBefore);
  }
}
