package org.openar.customers;

/** A customer as lists show it: the master record plus where it is (ISO country, sales region). */
public record CustomerSummary(CustomerView customer, String country, String region) {}
