package org.openar.collections;

/** Why a run decided what it did; every decision carries one, so "why did (not) this customer get a letter" is answerable. */
public enum DecisionReason {
  /** Items reached the step by their days past due. */
  STEP_DUE,
  /** A broken promise moved the items to their next step. */
  PROMISE_BROKEN,
  /** Sent, but held back until the end of the customer's quiet hours. */
  QUIET_HOURS,
  /** The step is a call: a task for the collector. */
  PHONE_STEP,
  /** No contact can be reached on the channel (none, opted out, suppressed or invalid): a task to find one. */
  NO_USABLE_CONTACT,
  /** Items placed with the step's agency or lawyer. */
  PLACED,
  /** An escalation without a preset agency: a collector decides. */
  ESCALATION_REVIEW,
  /** A late fee was charged. */
  LATE_FEE,
  /** Interest was charged. */
  INTEREST,
  /** Dunning is blocked for the customer (reason and expiry on the profile). */
  CUSTOMER_BLOCKED,
  /** The run date is a holiday of the customer's company: no contact today. */
  HOLIDAY,
  /** The customer had the maximum number of contacts in the rolling window. */
  CONTACT_CAP,
  /** The step waits for more days since the last contact. */
  RECENT_CONTACT,
  /** The overdue total is below the step's minimum. */
  BELOW_MIN_AMOUNT,
  /** Every item that reached the step is disputed, under a promise or placed. */
  ITEMS_EXCLUDED,
  /** No strategy applies to the customer. */
  NO_STRATEGY,
  /** The message could not be queued (see the detail); the step stays due. */
  SEND_FAILED
}
