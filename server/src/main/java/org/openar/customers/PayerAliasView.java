package org.openar.customers;

import java.time.Instant;

/** A name the customer's payments arrive under; {@code nameKey} is {@link PayerKeys#payerName} of {@code name}. */
public record PayerAliasView(PayerAliasId id, CustomerId customerId, String name, String nameKey, AliasSource source,
    Instant createdAt) {}
