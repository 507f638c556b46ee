package org.openar.customers.app;

import java.util.Objects;
import org.openar.customers.CustomerMasterData.CustomerData;
import org.openar.customers.CustomerStatus;
import org.openar.customers.CustomerSummary;
import org.openar.customers.CustomersError;
import org.openar.customers.Tier;
import org.openar.shared.error.OpenArException;
import org.openar.shared.security.Actor;
import org.openar.shared.security.Role;

/**
 * Tier, credit limit and blocking are credit decisions (segregation of duties): a clerk who maintains addresses and
 * contacts must not be able to raise a limit or lift a block through the same form.
 */
final class CreditDecisions {

  private CreditDecisions() {}

  static boolean mayDecide(Actor actor) {
    return actor.isSystem() || actor.has(Role.ADMIN) || actor.has(Role.CREDIT_MANAGER);
  }

  /** {@code before} is null for a new customer, whose neutral state is tier B, no limit, not blocked. */
  static void check(CustomerSummary before, CustomerData after, Actor actor) {
    if (mayDecide(actor)) {
      return;
    }
    Tier tier = before == null ? Tier.B : before.customer().tier();
    if (after.tier() != tier) {
      throw deny("tier");
    }
    if (!Objects.equals(before == null ? null : before.customer().creditLimit(), after.creditLimit())) {
      throw deny("creditLimit");
    }
    boolean wasBlocked = before != null && CustomerStatus.BLOCKED.name().equals(before.customer().status());
    if (wasBlocked != (after.status() == CustomerStatus.BLOCKED)) {
      throw deny("status");
    }
  }

  private static OpenArException deny(String field) {
    return new OpenArException(CustomersError.CUSTOMERS_CREDIT_DECISION_REQUIRED, field).onField(field);
  }
}
