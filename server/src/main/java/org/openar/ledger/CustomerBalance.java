package org.openar.ledger;

import java.time.LocalDate;
import org.openar.customers.CustomerId;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * A customer's account in one currency as of a date: what it owes on open debits, the credit it has not applied yet
 * (on account: unallocated payments, advances, credit notes), the net of the two, and the part of the debits past due.
 */
public record CustomerBalance(
    CustomerId customerId,
    CurrencyCode currency,
    LocalDate asOf,
    Money openDebit,
    Money unappliedCredit,
    Money net,
    Money overdue,
    long openDebitItems,
    long openCreditItems) {}
