package org.openar.customers;

/**
 * A person at the customer. {@code language} is {@code zh-CN} or {@code en} (the language of letters and emails to
 * them); at most one contact of a customer is {@code primary}.
 */
public record ContactView(ContactId id, CustomerId customerId, String name, String email, String phone,
    String language, ContactRole role, boolean primary, long version) {}
