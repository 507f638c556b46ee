package org.openar.customers;

/** A postal address; {@code country} is ISO 3166-1 alpha-2. */
public record AddressView(AddressId id, CustomerId customerId, AddressType type, String country, String province,
    String city, String district, String line, String postcode, long version) {}
