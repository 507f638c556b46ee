package org.openar.collections;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CustomerId;
import org.openar.customers.Tier;
import org.openar.shared.money.Money;

/**
 * One customer on a collector's worklist: what it owes overdue (per currency, and converted to the company currency
 * for the score), how late, promises, open tasks, the next planned action and the score with its breakdown.
 */
public record WorklistEntry(
    CustomerId customerId,
    String code,
    String name,
    Tier tier,
    String region,
    UUID salesRepId,
    UUID collectorId,
    List<Money> overdue,
    Money overdueInCompanyCurrency,
    int maxDaysOverdue,
    int overdueItems,
    int openPromises,
    int brokenPromises12m,
    LocalDate lastContact,
    LocalDate nextActionDate,
    List<TaskView> openTasks,
    boolean blocked,
    ScoreBreakdown score) {

  public WorklistEntry {
    overdue = List.copyOf(overdue);
    openTasks = List.copyOf(openTasks);
  }
}
