package org.openar.customers;

/** A customer was created in a company. */
public record CustomerCreated(CustomerId customerId, CompanyId companyId, String code) {}
