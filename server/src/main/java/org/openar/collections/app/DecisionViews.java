package org.openar.collections.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openar.collections.ChargeKind;
import org.openar.collections.DecisionItem;
import org.openar.collections.DecisionOutcome;
import org.openar.collections.DecisionReason;
import org.openar.collections.DecisionView;
import org.openar.collections.StrategyView;
import org.openar.collections.TaskId;
import org.openar.collections.domain.Details;
import org.openar.collections.domain.PlannedDecision;
import org.openar.shared.id.Ids;

/** Turns planned decisions (and charges) into the records a run keeps. */
final class DecisionViews {

  private DecisionViews() {}

  static DecisionView of(RunContext ctx, LoadedCustomer c, PlannedDecision d, String messageKey, UUID messageId,
      TaskId taskId, Map<String, Object> extra) {
    StrategyView s = c.kase().strategy();
    Map<String, Object> detail = new HashMap<>(d.detail());
    if (extra != null) {
      detail.putAll(extra);
    }
    if (d.contact() != null && d.contact().name() != null) {
      detail.put("contactName", d.contact().name());
    }
    return new DecisionView(Ids.newId(), ctx.runId(), ctx.asOf(), ctx.dryRun(), c.kase().customerId(),
        c.kase().code(), c.kase().name(), d.channel(), d.level(), d.step() == null ? null : d.step().name(),
        s == null ? null : s.id(), s == null ? null : s.version(), d.outcome(), d.reason(), detail, d.items(),
        d.contact() == null ? null : d.contact().contactId(), d.contact() == null ? null : d.contact().address(),
        d.contact() == null ? null : d.contact().language(),
        d.step() == null || !d.channel().isMessage() ? null : d.step().templateKey(), d.notBefore(), messageKey,
        messageId, taskId, ctx.now());
  }

  static DecisionView charge(RunContext ctx, LoadedCustomer c, ChargePoster.Due due, UUID chargeId) {
    DecisionItem item = new DecisionItem(due.invoice().id(), due.invoice().documentNumber(), due.invoice().dueDate(),
        due.invoice().daysOverdue(ctx.asOf()), due.invoice().open(), 0, null);
    Map<String, Object> detail = Details.of("amount", due.amount().amount().toPlainString(), "currency",
        due.amount().currency().code(), "chargeNumber", due.number(), "periodFrom", due.from(), "periodTo", due.to(),
        "chargeId", chargeId);
    return new DecisionView(Ids.newId(), ctx.runId(), ctx.asOf(), ctx.dryRun(), c.kase().customerId(),
        c.kase().code(), c.kase().name(), null, null, null, null, null, DecisionOutcome.CHARGE,
        due.kind() == ChargeKind.LATE_FEE ? DecisionReason.LATE_FEE : DecisionReason.INTEREST, detail, List.of(item),
        null, null, null, null, null, null, null, null, ctx.now());
  }

  /** The record of a customer whose decisions could not be carried out: nothing happened, and why. */
  static DecisionView failed(RunContext ctx, LoadedCustomer c, PlannedDecision d, String error) {
    PlannedDecision skipped = d.as(DecisionOutcome.SKIP, DecisionReason.SEND_FAILED,
        Details.of("error", error.length() > 500 ? error.substring(0, 500) : error), null);
    return of(ctx, c, skipped, null, null, null, null);
  }
}
