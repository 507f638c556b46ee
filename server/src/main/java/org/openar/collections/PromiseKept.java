package org.openar.collections;

import java.time.LocalDate;
import org.openar.customers.CustomerId;
import org.openar.shared.money.Money;

/** The promised amount arrived on the covered items by the promised date plus grace. */
public record PromiseKept(PromiseId promiseId, CustomerId customerId, Money amount, LocalDate keptOn) {}
