package org.openar.collections.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.collections.ScoreBreakdown;
import org.openar.collections.WorklistEntry;
import org.openar.collections.web.Responses.TaskResponse;
import org.openar.customers.Tier;
import org.openar.shared.money.Money;

/** The worklist line in JSON, with plain UUIDs. */
record WorkResponses(UUID customerId, String code, String name, Tier tier, String region, UUID salesRepId,
    UUID collectorId, List<Money> overdue, Money overdueInCompanyCurrency, int maxDaysOverdue, int overdueItems,
    int openPromises, int brokenPromises12m, LocalDate lastContact, LocalDate nextActionDate,
    List<TaskResponse> openTasks, boolean blocked, ScoreBreakdown score) {

  static WorkResponses of(WorklistEntry e) {
    return new WorkResponses(e.customerId().value(), e.code(), e.name(), e.tier(), e.region(), e.salesRepId(),
        e.collectorId(), e.overdue(), e.overdueInCompanyCurrency(), e.maxDaysOverdue(), e.overdueItems(),
        e.openPromises(), e.brokenPromises12m(), e.lastContact(), e.nextActionDate(),
        e.openTasks().stream().map(TaskResponse::of).toList(), e.blocked(), e.score());
  }
}
