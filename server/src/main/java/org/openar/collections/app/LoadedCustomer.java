package org.openar.collections.app;

import java.util.UUID;
import org.openar.collections.domain.CustomerCase;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerDetail;

/** A customer ready to plan, with what carrying out its decisions needs besides. */
record LoadedCustomer(CustomerCase kase, CustomerDetail detail, CompanyView company, UUID collectorId) {}
