package org.openar.ledger;

import java.time.LocalDate;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.money.Money;

/** An item was posted (not published for system entries nor for bulk posts; see {@link ItemsBulkPosted}). */
public record ItemPosted(
    ItemId itemId,
    CompanyId companyId,
    CustomerId customerId,
    ItemType type,
    String documentNumber,
    Integer installmentNo,
    Money amount,
    LocalDate documentDate,
    LocalDate dueDate,
    LocalDate valueDate) {}
