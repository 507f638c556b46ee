package org.openar.cashapp.matching;

import org.openar.shared.money.Money;

/**
 * Cash from a receipt applied to one open item. {@code applied} is in the receipt's currency; {@code discount} (the
 * early-payment discount granted) and {@code writeOff} (a bank-fee shortfall written off) are in the item's currency,
 * so that applied (converted) + discount + writeOff clears what the allocation clears.
 */
public record Allocation(String invoiceNumber, String customerId, Money applied, Money discount, Money writeOff,
    Money itemOpen) {}
