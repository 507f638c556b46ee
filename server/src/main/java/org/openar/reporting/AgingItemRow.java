package org.openar.reporting;

import org.openar.ledger.AgingItem;
import org.openar.shared.money.Money;

/**
 * An item behind an aging row, with its customer's code and names and, when the report converts, its signed open
 * amount in the company's base currency ({@code convertedAmount}, else null).
 */
public record AgingItemRow(AgingItem item, String customerCode, String customerNameZh, String customerNameEn,
    Money convertedAmount) {}
