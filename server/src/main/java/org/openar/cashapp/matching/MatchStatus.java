package org.openar.cashapp.matching;

/** What happens to a receipt: the {@code status} column of M.csv. */
public enum MatchStatus {
  /** Confident and unambiguous: posted without a person. */
  AUTO,
  /** Waits in the exception queue with ranked suggestions. */
  SUGGESTED,
  /** The customer is known but no open item fits: the money goes on the customer's account. */
  ON_ACCOUNT,
  /** No customer: not a customer receipt, or nothing to go on. */
  UNMATCHED
}
