package org.openar.collections;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CustomerId;
import org.openar.shared.money.Money;

/**
 * Sales reps' part in collections: their own customers' overdue items and promises (a SALES_REP sees only its own),
 * and the weekly digest e-mailed to every sales rep.
 */
public interface SalesCollaboration {

  /** {@code rep} null: the current user (a SALES_REP is always limited to itself). */
  List<SalesCustomer> view(UUID rep);

  /** Sends this week's digests if today is the digest day and they have not gone out; returns how many were queued. */
  int sendDigestsIfDue();

  /** Queues the digest of the week of {@code day} to every sales rep with something to report. */
  int sendDigests(LocalDate day);

  record SalesCustomer(CustomerId customerId, String code, String name, List<Money> overdue, int maxDaysOverdue,
      List<OverdueItem> items, List<PromiseView> promises, boolean blocked) {}

  record OverdueItem(String documentNumber, LocalDate dueDate, int daysOverdue, Money open) {}
}
