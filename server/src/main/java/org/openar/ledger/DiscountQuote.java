package org.openar.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.openar.shared.money.Money;

/**
 * The early-payment discount an item offers for a payment on {@code paymentDate}: {@code percent} of the open amount
 * (zero outside every window), the amount that settles the item then ({@code payable}) and the last day of the tier that
 * applies ({@code windowEndsOn}, null when none does).
 */
public record DiscountQuote(
    ItemId itemId, LocalDate paymentDate, Money open, BigDecimal percent, Money discount, Money payable,
    LocalDate windowEndsOn) {}
