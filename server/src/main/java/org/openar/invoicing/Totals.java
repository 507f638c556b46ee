package org.openar.invoicing;

import org.openar.shared.money.Money;

/** A document's totals: exact sums of its lines; {@code net + tax = gross}. */
public record Totals(Money list, Money discount, Money net, Money tax, Money gross) {}
