package org.openar.customers.app;

import java.util.UUID;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.customers.CustomersError;
import org.openar.identity.ApprovalGranted;
import org.openar.identity.ApprovalPolicy;
import org.openar.identity.ApprovalRequest;
import org.openar.identity.ApprovalView;
import org.openar.identity.Approvals;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.Money;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maker-checker for credit limits: anyone who may request approvals asks for a new limit with a reason; a credit
 * manager or controller decides (above 5,000,000.00 CNY, or in another currency, a controller); once granted the new
 * limit is written (audited as {@code credit-limit-changed} by the system, after the approval's own audit entry).
 * Credit managers may still set limits directly.
 */
@Service
public class CreditLimitRequests implements org.openar.customers.CreditLimits {

  public static final String TYPE = "customers.credit-limit";
  public static final String SUBJECT_TYPE = "customers.customer";
  static final int REASON_MAX = 500;

  /** What the checker sees and what is applied once granted; {@code currentLimit} null = no limit. */
  public record Payload(UUID customerId, String code, String name, Money currentLimit, Money creditLimit,
      String reason) {}

  /** Declared here, by the module that carries out the action, as {@code Approvals} asks. */
  @Configuration(proxyBeanMethods = false)
  static class Policy {
    @Bean
    ApprovalPolicy customersCreditLimitApproval() {
      return ApprovalPolicy.of(TYPE, Role.CREDIT_MANAGER, Role.CONTROLLER)
          .above(Money.of("5000000.00", "CNY"), Role.CONTROLLER);
    }
  }

  private final CustomerQueries queries;
  private final Customers customers;
  private final Approvals approvals;
  private final JsonMapper json;

  public CreditLimitRequests(CustomerQueries queries, Customers customers, Approvals approvals, JsonMapper json) {
    this.queries = queries;
    this.customers = customers;
    this.approvals = approvals;
    this.json = json;
  }

  /** Opens the approval; IDENTITY_APPROVAL_ALREADY_PENDING (409) while another one for the customer waits. */
  @Override
  @Transactional
  public ApprovalView request(CustomerId id, Money creditLimit, String reason) {
    Checks c = new Checks();
    c.required("creditLimit", creditLimit);
    String why = c.text("reason", reason, REASON_MAX, true);
    if (creditLimit != null && !creditLimit.isPositive()) {
      c.add("creditLimit", CustomersError.CUSTOMERS_CREDIT_LIMIT_NOT_POSITIVE, creditLimit);
    }
    c.throwIfAny();
    CustomerView customer = queries.detail(id, CurrentActor.get()).customer();
    Money current = customer.creditLimit();
    if (creditLimit.equals(current)) {
      throw new OpenArException(CustomersError.CUSTOMERS_CREDIT_LIMIT_UNCHANGED, current).onField("creditLimit");
    }
    String name = customer.nameZh() != null ? customer.nameZh() : customer.nameEn();
    String summary = customer.code() + " " + name + ": " + (current == null ? "-" : current) + " -> " + creditLimit
        + " (" + why + ")";
    if (summary.length() > 500) {
      summary = summary.substring(0, 499) + "…";
    }
    return approvals.request(new ApprovalRequest(TYPE, SUBJECT_TYPE, id.value().toString(), summary, creditLimit,
        new Payload(id.value(), customer.code(), name, current, creditLimit, why)));
  }

  /** Writes the granted limit; every other field stays as it is now. */
  @ApplicationModuleListener
  void on(ApprovalGranted granted) {
    if (!TYPE.equals(granted.type())) {
      return;
    }
    Payload p = json.readValue(granted.payload(), Payload.class);
    customers.updateCreditLimit(new CustomerId(p.customerId()), p.creditLimit());
  }
}
