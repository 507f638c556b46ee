package org.openar.collections.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openar.collections.ScoreBreakdown;
import org.openar.collections.ScoreBreakdown.Factor;
import org.openar.shared.money.Money;

/**
 * The worklist priority, 0-100, from four factors a collector can check by hand:
 * <ul>
 *   <li>overdue amount in the company currency: 10 points per tenfold of (amount / 1,000 + 1), at most 40
 *       (10,000 ≈ 10, 100,000 ≈ 20, 1,000,000 ≈ 30);</li>
 *   <li>days past due of the oldest overdue item: one point per 3 days, at most 30 (90 days);</li>
 *   <li>broken promises in the last 12 months: 10 each, at most 20;</li>
 *   <li>risk score (0-100) of the risk module when one is installed: a tenth of it, at most 10.</li>
 * </ul>
 */
public final class PriorityScore {

  static final BigDecimal AMOUNT_MAX = BigDecimal.valueOf(40);
  static final BigDecimal DAYS_MAX = BigDecimal.valueOf(30);
  static final BigDecimal PROMISES_MAX = BigDecimal.valueOf(20);
  static final BigDecimal RISK_MAX = BigDecimal.valueOf(10);

  private PriorityScore() {}

  public static ScoreBreakdown of(Money overdue, int maxDaysOverdue, int brokenPromises, Optional<BigDecimal> risk) {
    List<Factor> factors = new ArrayList<>();
    factors.add(amount(overdue));
    BigDecimal days = BigDecimal.valueOf(Math.max(0, maxDaysOverdue)).divide(BigDecimal.valueOf(3), 1,
        java.math.RoundingMode.HALF_EVEN).min(DAYS_MAX);
    factors.add(new Factor("DAYS_OVERDUE", String.valueOf(maxDaysOverdue), days, DAYS_MAX, "days / 3, max 30"));
    BigDecimal promises = BigDecimal.valueOf(10L * brokenPromises).min(PROMISES_MAX);
    factors.add(new Factor("BROKEN_PROMISES", String.valueOf(brokenPromises), promises.setScale(1), PROMISES_MAX,
        "10 per broken promise in 12 months, max 20"));
    BigDecimal riskPoints = risk.map(r -> r.max(BigDecimal.ZERO).divide(BigDecimal.TEN, 1,
        java.math.RoundingMode.HALF_EVEN).min(RISK_MAX)).orElse(BigDecimal.ZERO.setScale(1));
    factors.add(new Factor("RISK", risk.map(BigDecimal::toPlainString).orElse(null), riskPoints, RISK_MAX,
        "risk score / 10, max 10 (no risk model installed: 0)"));
    BigDecimal total = factors.stream().map(Factor::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new ScoreBreakdown(total, factors);
  }

  private static Factor amount(Money overdue) {
    if (overdue == null || overdue.signum() <= 0) {
      return new Factor("OVERDUE_AMOUNT", overdue == null ? null : overdue.amount().toPlainString(),
          BigDecimal.ZERO.setScale(1), AMOUNT_MAX, "10 × log10(amount / 1000 + 1), max 40");
    }
    // log10 is not money arithmetic: the amount only sizes the points, which are rounded to tenths
    double log = Math.log10(overdue.amount().doubleValue() / 1000 + 1);
    BigDecimal points = BigDecimal.valueOf(Math.round(log * 100), 1).min(AMOUNT_MAX);
    return new Factor("OVERDUE_AMOUNT", overdue.amount().toPlainString() + " " + overdue.currency().code(), points,
        AMOUNT_MAX, "10 × log10(amount / 1000 + 1), max 40");
  }
}
