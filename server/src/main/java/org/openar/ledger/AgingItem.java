package org.openar.ledger;

import java.time.LocalDate;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.money.Money;

/**
 * An item open on the report date, as the aging sees it: {@code openAmount} is its open amount on that date
 * (positive), {@code signedAmount} the same with the side's sign (credits negative), {@code basisDate} the date it ages
 * from, {@code daysPast} how far the report date lies past it (negative when not yet reached) and {@code bucket} its
 * index in the report's buckets.
 */
public record AgingItem(
    ItemId id,
    CompanyId companyId,
    CustomerId customerId,
    ItemType type,
    Side side,
    String documentNumber,
    Integer installmentNo,
    String reference,
    LocalDate documentDate,
    LocalDate dueDate,
    LocalDate valueDate,
    LocalDate basisDate,
    long daysPast,
    int bucket,
    Money originalAmount,
    Money openAmount,
    Money signedAmount) {}
