package org.openar.collections;

import java.math.BigDecimal;
import java.util.List;

/**
 * The worklist priority of a customer, 0-100, as the sum of its factors, each with the figure it was computed from
 * and its maximum, so a collector sees why a customer is at the top.
 */
public record ScoreBreakdown(BigDecimal total, List<Factor> factors) {

  public ScoreBreakdown {
    factors = List.copyOf(factors);
  }

  /**
   * @param name OVERDUE_AMOUNT, DAYS_OVERDUE, BROKEN_PROMISES or RISK
   * @param value the figure (amount in the company currency, days, count, risk score); null when unknown
   * @param points what it adds to the score
   * @param max the most it can add
   * @param rule how the points follow from the value
   */
  public record Factor(String name, String value, BigDecimal points, BigDecimal max, String rule) {}
}
