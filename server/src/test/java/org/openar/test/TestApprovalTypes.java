package org.openar.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openar.identity.ApprovalCancelled;
import org.openar.identity.ApprovalGranted;
import org.openar.identity.ApprovalPolicy;
import org.openar.identity.ApprovalRejected;
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Approval types that exist only in tests, declared the way a requesting module declares its own, with a listener
 * that plays the requesting module carrying out (or dropping) the action.
 */
@Configuration(proxyBeanMethods = false)
public class TestApprovalTypes {

  /** Credit managers and controllers; above 10,000.00 CNY or 1,500.00 USD only controllers. */
  public static final String WRITE_OFF = "test.write-off";
  /** Controllers only, no amount needed. */
  public static final String FEE_WAIVER = "test.fee-waiver";

  @Bean
  ApprovalPolicy testWriteOffApproval() {
    return ApprovalPolicy.of(WRITE_OFF, Role.CREDIT_MANAGER, Role.CONTROLLER)
        .above(Money.of("1500.00", "USD"), Role.CONTROLLER)
        .above(Money.of("10000.00", "CNY"), Role.CONTROLLER);
  }

  @Bean
  ApprovalPolicy testFeeWaiverApproval() {
    return ApprovalPolicy.of(FEE_WAIVER, Role.CONTROLLER);
  }

  @Bean
  Outcomes testApprovalOutcomes() {
    return new Outcomes();
  }

  /** What the "requesting module" was told, in order (read through methods: the bean is a transactional proxy). */
  public static class Outcomes {
    private final List<ApprovalGranted> granted = new CopyOnWriteArrayList<>();
    private final List<ApprovalRejected> rejected = new CopyOnWriteArrayList<>();
    private final List<ApprovalCancelled> cancelled = new CopyOnWriteArrayList<>();

    public List<ApprovalGranted> granted() {
      return granted;
    }

    public List<ApprovalRejected> rejected() {
      return rejected;
    }

    public List<ApprovalCancelled> cancelled() {
      return cancelled;
    }

    @ApplicationModuleListener
    void on(ApprovalGranted e) {
      granted.add(e);
    }

    @ApplicationModuleListener
    void on(ApprovalRejected e) {
      rejected.add(e);
    }

    @ApplicationModuleListener
    void on(ApprovalCancelled e) {
      cancelled.add(e);
    }
  }
}
