package org.openar.collections.app;

import org.openar.identity.ApprovalPolicy;
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CollectionsConfig {

  /** Credit managers and controllers waive fees; above 5,000.00 CNY (or 700.00 USD) only controllers. */
  @Bean
  ApprovalPolicy collectionsFeeWaiverApproval() {
    return ApprovalPolicy.of(ChargeService.WAIVER, Role.CREDIT_MANAGER, Role.CONTROLLER)
        .above(Money.of("700.00", "USD"), Role.CONTROLLER)
        .above(Money.of("5000.00", "CNY"), Role.CONTROLLER);
  }
}
