package org.openar.collections;

import java.time.LocalDate;
import org.openar.customers.CustomerId;
import org.openar.shared.money.Money;

public record PromiseMade(PromiseId promiseId, CustomerId customerId, Money amount, LocalDate promisedDate) {}
