package org.openar.collections;

import java.math.BigDecimal;
import java.util.Optional;
import org.openar.customers.CustomerId;

/**
 * The hook for a risk model: when a bean of this type exists (the risk module will provide one), its score (0-100,
 * higher is riskier) adds up to 10 points to a customer's worklist priority. Without one the RISK factor shows 0.
 */
public interface RiskScores {

  Optional<BigDecimal> score(CustomerId customer);
}
