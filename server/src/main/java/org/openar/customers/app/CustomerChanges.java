package org.openar.customers.app;

import java.util.List;
import java.util.Set;
import org.openar.audit.AuditTrail;
import org.openar.customers.CustomerChanged;
import org.openar.customers.CustomerCreated;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerSummary;
import org.openar.customers.CustomerView;
import org.openar.customers.CustomersError;
import org.openar.customers.persistence.CustomerRepository;
import org.openar.shared.error.OpenArException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The bookkeeping of every change to a customer: the row lock that serialises it, the audit entry (before/after, in the
 * caller's transaction) and the event. Children are audited under their customer, so one audit query by customer id
 * shows its whole history.
 */
@Component
class CustomerChanges {

  static final String ENTITY = "customers.customer";

  private final CustomerRepository customers;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  CustomerChanges(CustomerRepository customers, AuditTrail audit, ApplicationEventPublisher events) {
    this.customers = customers;
    this.audit = audit;
    this.events = events;
  }

  /** The customer, locked until the transaction ends. */
  CustomerSummary lock(CustomerId id) {
    return customers.lock(id)
        .orElseThrow(() -> new OpenArException(CustomersError.CUSTOMERS_CUSTOMER_NOT_FOUND, id));
  }

  void created(CustomerDetail detail) {
    CustomerView c = detail.customer();
    audit.record(ENTITY, c.id().toString(), "created", null, detail);
    events.publishEvent(new CustomerCreated(c.id(), c.companyId(), c.code()));
  }

  /** {@link #created} for many customers: one batch of audit records, then one event each. */
  void createdAll(List<CustomerDetail> details) {
    audit.recordAll(details.stream().map(d -> new AuditTrail.Entry(ENTITY, d.customer().id().toString(), "created",
        null, d)).toList());
    details.forEach(d -> events.publishEvent(new CustomerCreated(d.customer().id(), d.customer().companyId(),
        d.customer().code())));
  }

  void changed(CustomerView customer, String action, Object before, Object after, Set<String> what) {
    audit.record(ENTITY, customer.id().toString(), action, before, after);
    events.publishEvent(new CustomerChanged(customer.id(), customer.companyId(), customer.version(), what));
  }
}
