package org.openar.collections.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openar.collections.ActivityKind;
import org.openar.collections.ActivityView;
import org.openar.collections.CallOutcome;
import org.openar.collections.ChargeKind;
import org.openar.collections.ChargeStatus;
import org.openar.collections.ChargeView;
import org.openar.collections.CustomerProfile;
import org.openar.collections.DecisionItem;
import org.openar.collections.DecisionOutcome;
import org.openar.collections.DecisionReason;
import org.openar.collections.DecisionView;
import org.openar.collections.PlacementKind;
import org.openar.collections.PlacementStatus;
import org.openar.collections.PlacementView;
import org.openar.collections.PromiseChannel;
import org.openar.collections.PromiseStatus;
import org.openar.collections.PromiseView;
import org.openar.collections.RunKind;
import org.openar.collections.RunStatus;
import org.openar.collections.RunView;
import org.openar.collections.StepChannel;
import org.openar.collections.StrategyStep;
import org.openar.collections.StrategyView;
import org.openar.collections.TaskKind;
import org.openar.collections.TaskStatus;
import org.openar.collections.TaskView;
import org.openar.customers.Tier;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

/** Response bodies of the collections API: the facade's views with plain UUIDs for other modules' ids. */
final class Responses {

  private Responses() {}

  static UUID uuid(Object typedId) {
    return typedId == null ? null : UUID.fromString(typedId.toString());
  }

  record StrategyResponse(UUID id, UUID companyId, String code, int version, int currentVersion, boolean active,
      String name, String description, Tier tier, String segment, int priority, List<StrategyStep> steps,
      String comment, String createdBy, Instant createdAt) {
    static StrategyResponse of(StrategyView s) {
      return s == null ? null : new StrategyResponse(s.id().value(), uuid(s.companyId()), s.code(), s.version(),
          s.currentVersion(), s.active(), s.name(), s.description(), s.tier(), s.segment(), s.priority(), s.steps(),
          s.comment(), s.createdBy(), s.createdAt());
    }
  }

  record RunResponse(UUID id, LocalDate asOf, RunKind kind, boolean dryRun, UUID companyId, int customerFilter,
      RunStatus status, String startedBy, String node, Instant startedAt, Instant finishedAt, int customers,
      Map<DecisionOutcome, Integer> outcomes, String error, List<String> notes) {
    static RunResponse of(RunView r) {
      return new RunResponse(r.id().value(), r.asOf(), r.kind(), r.dryRun(), uuid(r.companyId()), r.customerFilter(),
          r.status(), r.startedBy(), r.node(), r.startedAt(), r.finishedAt(), r.customers(), r.outcomes(), r.error(),
          r.notes());
    }
  }

  record ItemResponse(UUID itemId, String documentNumber, LocalDate dueDate, long daysOverdue, Money open, int level,
      String excluded) {
    static ItemResponse of(DecisionItem i) {
      return new ItemResponse(i.itemId().value(), i.documentNumber(), i.dueDate(), i.daysOverdue(), i.open(),
          i.level(), i.excluded());
    }
  }

  record DecisionResponse(UUID id, UUID runId, LocalDate asOf, boolean dryRun, UUID customerId, String customerCode,
      String customerName, StepChannel channel, Integer level, String stepName, UUID strategyId,
      Integer strategyVersion, DecisionOutcome outcome, DecisionReason reason, Map<String, Object> detail,
      List<ItemResponse> items, UUID contactId, String recipient, String language, String templateKey,
      Instant notBefore, String messageKey, UUID messageId, UUID taskId, Instant createdAt) {
    static DecisionResponse of(DecisionView d) {
      return new DecisionResponse(d.id(), d.runId().value(), d.asOf(), d.dryRun(), d.customerId().value(),
          d.customerCode(), d.customerName(), d.channel(), d.level(), d.stepName(), uuid(d.strategyId()),
          d.strategyVersion(), d.outcome(), d.reason(), d.detail(), d.items().stream().map(ItemResponse::of).toList(),
          d.contactId(), d.recipient(), d.language(), d.templateKey(), d.notBefore(), d.messageKey(), d.messageId(),
          uuid(d.taskId()), d.createdAt());
    }
  }

  record ProfileResponse(UUID customerId, UUID strategyId, UUID collectorId, String timeZone, String blockReason,
      LocalDate blockedUntil, String blockedBy, Instant blockedAt, LocalDate nextActionDate,
      List<CustomerProfile.OptOut> optOuts, long version) {
    static ProfileResponse of(CustomerProfile p) {
      return new ProfileResponse(p.customerId().value(), uuid(p.strategyId()), p.collectorId(),
          p.timeZone() == null ? null : p.timeZone().getId(), p.blockReason(), p.blockedUntil(), p.blockedBy(),
          p.blockedAt(), p.nextActionDate(), p.optOuts(), p.version());
    }
  }

  record TaskResponse(UUID id, UUID customerId, TaskKind kind, UUID assigneeId, LocalDate dueDate, TaskStatus status,
      Integer level, UUID runId, Map<String, Object> detail, String note, Instant createdAt, String createdBy,
      Instant completedAt, String completedBy) {
    static TaskResponse of(TaskView t) {
      return new TaskResponse(t.id().value(), t.customerId().value(), t.kind(), t.assigneeId(), t.dueDate(),
          t.status(), t.level(), uuid(t.runId()), t.detail(), t.note(), t.createdAt(), t.createdBy(), t.completedAt(),
          t.completedBy());
    }
  }

  record ActivityResponse(UUID id, UUID customerId, ActivityKind kind, CallOutcome outcome, UUID contactId,
      String note, Instant occurredAt, LocalDate nextActionDate, UUID taskId, UUID messageId, String createdBy,
      Instant createdAt) {
    static ActivityResponse of(ActivityView a) {
      return new ActivityResponse(a.id(), a.customerId().value(), a.kind(), a.outcome(), a.contactId(), a.note(),
          a.occurredAt(), a.nextActionDate(), uuid(a.taskId()), a.messageId(), a.createdBy(), a.createdAt());
    }
  }

  record PromiseResponse(UUID id, UUID customerId, Money amount, LocalDate promisedDate, int graceDays,
      LocalDate pausedUntil, PromiseChannel channel, String promisedBy, String note, PromiseStatus status, Money paid,
      List<UUID> items, String recordedBy, Instant createdAt, LocalDate resolvedOn) {
    static PromiseResponse of(PromiseView p) {
      return new PromiseResponse(p.id().value(), p.customerId().value(), p.amount(), p.promisedDate(), p.graceDays(),
          p.pausedUntil(), p.channel(), p.promisedBy(), p.note(), p.status(), p.paid(),
          p.items().stream().map(ItemId::value).toList(), p.recordedBy(), p.createdAt(), p.resolvedOn());
    }
  }

  record PlacedItemResponse(UUID itemId, String documentNumber, Money amount) {}

  record RecoveryResponse(UUID itemId, Money amount, Money commission, LocalDate receivedOn) {}

  record PlacementResponse(UUID id, UUID customerId, UUID agencyId, String agencyName, PlacementKind kind,
      LocalDate placedOn, BigDecimal commissionPercent, PlacementStatus status, String note,
      List<PlacedItemResponse> items, List<RecoveryResponse> recoveries, Money placedTotal, Money recoveredTotal,
      Money commissionTotal, String placedBy, Instant createdAt, LocalDate closedOn, String closeReason) {
    static PlacementResponse of(PlacementView p) {
      return new PlacementResponse(p.id().value(), p.customerId().value(), p.agencyId().value(), p.agencyName(),
          p.kind(), p.placedOn(), p.commissionPercent(), p.status(), p.note(), p.items().stream()
          .map(i -> new PlacedItemResponse(i.itemId().value(), i.documentNumber(), i.amount())).toList(),
          p.recoveries().stream().map(r -> new RecoveryResponse(r.itemId().value(), r.amount(), r.commission(),
              r.receivedOn())).toList(), p.placedTotal(), p.recoveredTotal(), p.commissionTotal(), p.placedBy(),
          p.createdAt(), p.closedOn(), p.closeReason());
    }
  }

  record ChargeResponse(UUID id, ChargeKind kind, UUID customerId, UUID invoiceItemId, String invoiceNumber,
      UUID chargeItemId, String chargeNumber, Money amount, LocalDate periodFrom, LocalDate periodTo,
      ChargeStatus status, String approvalId, String waiverReason, Instant createdAt, Instant waivedAt) {
    static ChargeResponse of(ChargeView c) {
      return new ChargeResponse(uuid(c.id()), c.kind(), c.customerId().value(), c.invoiceItemId().value(),
          c.invoiceNumber(), uuid(c.chargeItemId()), c.chargeNumber(), c.amount(), c.periodFrom(), c.periodTo(),
          c.status(), c.approvalId(), c.waiverReason(), c.createdAt(), c.waivedAt());
    }
  }
}
