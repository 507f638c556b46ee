package org.openar.customers;

import org.openar.identity.ApprovalView;
import org.openar.shared.money.Money;

/**
 * Credit limit changes through maker–checker: the current actor asks, a CREDIT_MANAGER or CONTROLLER decides, and the
 * limit changes when the approval is granted ({@code customers.credit-limit}).
 */
public interface CreditLimits {

  /**
   * Opens the approval.
   *
   * @throws org.openar.shared.error.OpenArException IDENTITY_APPROVAL_ALREADY_PENDING while another one for the
   *     customer waits, CUSTOMERS_CREDIT_LIMIT_UNCHANGED when it is the current limit
   */
  ApprovalView request(CustomerId id, Money creditLimit, String reason);
}
